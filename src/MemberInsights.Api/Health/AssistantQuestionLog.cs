using MemberInsights.Api.Common;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Health;

/// <summary>Reads <c>assistant_audit_log</c>, newest first; an empty <c>selected_tool</c> means the question was refused.</summary>
public sealed class AssistantQuestionLog(ClickHouseClient client)
{
    private const string Sql = """
        SELECT question_id, created_at, question, selected_tool, arguments_json, answer, latency_ms, tokens
        FROM assistant_audit_log
        ORDER BY created_at DESC, question_id
        LIMIT {first:UInt32} OFFSET {offset:UInt32}
        """;

    /// <summary>A page of questions, newest first.</summary>
    public async Task<Connection<AssistantQuestion>> PageAsync(PageRequest page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        var total = await client.ScalarAsync<ulong>("SELECT count() FROM assistant_audit_log", ct: ct);
        var questions = await client.QueryListAsync(Sql, row =>
        {
            var tool = row.GetString(3);
            return new AssistantQuestion(
                row.GetGuid(0),
                PipelineRunHistory.Utc(row.GetDateTime(1)),
                row.GetString(2),
                tool.Length == 0 ? "REFUSED" : "ANSWERED",
                tool.Length == 0 ? null : tool,
                row.GetString(4),
                row.GetString(5),
                row.GetUInt64(6),
                (long)row.GetUInt64(7));
        }, new QueryParameters().Add("first", page.First).Add("offset", page.Offset), ct: ct);
        return page.Page(questions, (int)total);
    }
}
