using MemberInsights.ClickHouse;

namespace MemberInsights.Warehouse.Operations;

/// <summary>One run of pipeline_run_log, summarised over its steps.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Kind">load, ingest or check.</param>
/// <param name="StartedAt">First step's start (UTC).</param>
/// <param name="FinishedAt">Last step's end (UTC).</param>
/// <param name="Status">The run's final status (its <c>run</c> step), else failed when any step failed.</param>
/// <param name="RowsOut">Rows written by the run.</param>
/// <param name="ChecksFailed">Data-quality checks that failed.</param>
public sealed record RunSummary(Guid RunId, string Kind, DateTime StartedAt, DateTime FinishedAt, string Status, ulong RowsOut, ulong ChecksFailed);

/// <summary>Reads run summaries from pipeline_run_log.</summary>
public static class PipelineRunHistory
{
    /// <summary>The latest <paramref name="count"/> runs, newest first.</summary>
    public static Task<IReadOnlyList<RunSummary>> LatestRunsAsync(ClickHouseClient client, int count, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.QueryListAsync(
            """
            SELECT run_id, any(run_kind), min(started_at), max(finished_at),
                   if(countIf(step = 'run') > 0, argMaxIf(status, finished_at, step = 'run'),
                      if(countIf(status = 'failed' AND check_name = '') > 0, 'failed', 'succeeded')),
                   sumIf(rows_out, step = 'run'), countIf(check_passed = false)
            FROM pipeline_run_log
            GROUP BY run_id
            ORDER BY min(started_at) DESC
            LIMIT {count:UInt32}
            """,
            r => new RunSummary(r.GetGuid(0), r.GetString(1), r.GetDateTime(2), r.GetDateTime(3), r.GetString(4), r.GetUInt64(5), r.GetUInt64(6)),
            new QueryParameters().Add("count", (uint)count),
            ct: ct);
    }
}
