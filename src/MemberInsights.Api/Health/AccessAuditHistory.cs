using MemberInsights.Api.Access;
using MemberInsights.Api.Common;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Health;

/// <summary>Reads <c>access_audit_log</c> (admin actions and refused requests), newest first, optionally of one outcome.</summary>
public sealed class AccessAuditHistory(ClickHouseClient client)
{
    private const string Sql = """
        SELECT at, request_id, caller, roles, scope, method, path, operation_name, document_id, status_code, outcome, duration_ms
        FROM access_audit_log
        WHERE {outcome:String} = '' OR outcome = {outcome:String}
        ORDER BY at DESC, request_id
        LIMIT {first:UInt32} OFFSET {offset:UInt32}
        """;

    /// <summary>A page of entries, newest first.</summary>
    public async Task<Connection<AccessAuditRow>> PageAsync(PageRequest page, AccessOutcome? outcome, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        var parameters = new QueryParameters().Add("first", page.First).Add("offset", page.Offset)
            .Add("outcome", outcome is { } value ? AccessAudit.ToWarehouse(value) : "");
        var total = await client.ScalarAsync<ulong>("SELECT count() FROM access_audit_log WHERE {outcome:String} = '' OR outcome = {outcome:String}", parameters, ct: ct);
        var rows = await client.QueryListAsync(Sql, row => new AccessAuditRow(
            PipelineRunHistory.Utc(row.GetDateTime(0)),
            row.GetString(1),
            row.GetString(2),
            row.Get<string[]>(3),
            row.GetString(4),
            row.GetString(5) + " " + row.GetString(6),
            EmptyAsNull(row.GetString(7)),
            EmptyAsNull(row.GetString(8)),
            row.Get<ushort>(9),
            WarehouseValues.Parse<AccessOutcome>(row.GetString(10)) ?? AccessOutcome.Forbidden,
            row.GetDouble(11)), parameters, ct: ct);
        return page.Page(rows, (int)total);
    }

    private static string? EmptyAsNull(string value) => value.Length == 0 ? null : value;
}

/// <summary>One entry of the access audit (the GraphQL <c>AccessAuditEntry</c>).</summary>
public sealed record AccessAuditRow(
    DateTimeOffset At,
    string RequestId,
    string Caller,
    IReadOnlyList<string> Roles,
    string Scope,
    string Request,
    string? OperationName,
    string? DocumentId,
    int StatusCode,
    AccessOutcome Outcome,
    double DurationMs);
