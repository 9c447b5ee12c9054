using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Health;

/// <summary>
/// The warehouse's data version: it advances whenever a pipeline run completes (each run ends with a
/// <c>run</c> row in <c>pipeline_run_log</c>). Values computed from the marts are cached under it, so a
/// finished load invalidates them. Rows changed outside a pipeline run do not advance it.
/// </summary>
public sealed class DataVersion(ClickHouseClient client)
{
    private const string Sql = "SELECT toString(count()) || '@' || toString(max(finished_at)) FROM pipeline_run_log WHERE step = 'run'";

    /// <summary>The current version: completed runs and the newest completion.</summary>
    public Task<string> CurrentAsync(CancellationToken ct) => client.ScalarAsync<string>(Sql, ct: ct);
}
