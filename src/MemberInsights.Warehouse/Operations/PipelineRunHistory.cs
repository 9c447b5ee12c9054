using MemberInsights.ClickHouse;

namespace MemberInsights.Warehouse.Operations;

/// <summary>One run of pipeline_run_log, summarised over its steps.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Kind">load, ingest or check.</param>
/// <param name="StartedAt">First step's start (UTC).</param>
/// <param name="FinishedAt">Last step's end (UTC).</param>
/// <param name="Status">
/// The run's outcome from its closing <c>run</c> row. Without one: <c>failed</c> when a step failed, <c>running</c> when
/// this process runs it, <c>interrupted</c> on the embedded engine (only this process can write there, so the run's
/// process ended without closing it, e.g. killed), and <c>unfinished</c> on a server (still running in another process,
/// or interrupted: the log cannot tell).
/// </param>
/// <param name="RowsOut">Rows written by the run.</param>
/// <param name="ChecksFailed">Data-quality checks that failed.</param>
public sealed record RunSummary(Guid RunId, string Kind, DateTime StartedAt, DateTime FinishedAt, string Status, ulong RowsOut, ulong ChecksFailed);

/// <summary>Reads run summaries from pipeline_run_log.</summary>
public static class PipelineRunHistory
{
    /// <summary>The latest <paramref name="count"/> runs, newest first.</summary>
    public static async Task<IReadOnlyList<RunSummary>> LatestRunsAsync(ClickHouseClient client, int count, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var rows = await client.QueryListAsync(
            """
            SELECT run_id, any(run_kind), min(started_at), max(finished_at),
                   countIf(step = {closing:String}) > 0, argMaxIf(status, finished_at, step = {closing:String}),
                   countIf(status = 'failed' AND check_name = '') > 0,
                   sumIf(rows_out, step = {closing:String}), countIf(check_passed = false)
            FROM pipeline_run_log
            GROUP BY run_id
            ORDER BY min(started_at) DESC
            LIMIT {count:UInt32}
            """,
            r => (Id: r.GetGuid(0), Kind: r.GetString(1), Started: r.GetDateTime(2), Finished: r.GetDateTime(3), Closed: r.GetBoolean(4),
                Outcome: r.GetString(5), StepFailed: r.GetBoolean(6), RowsOut: r.GetUInt64(7), ChecksFailed: r.GetUInt64(8)),
            new QueryParameters().Add("count", (uint)count).Add("closing", PipelineRun.ClosingStep),
            ct: ct).ConfigureAwait(false);
        return rows.Select(r => new RunSummary(
            r.Id, r.Kind, r.Started, r.Finished, StatusOf(r.Id, r.Closed, r.Outcome, r.StepFailed, client.EngineKind), r.RowsOut, r.ChecksFailed)).ToList();
    }

    /// <summary>The status of a run from its log rows (see <see cref="RunSummary.Status"/>).</summary>
    /// <param name="runId">The run.</param>
    /// <param name="closed">Whether its closing row exists.</param>
    /// <param name="outcome">The closing row's status.</param>
    /// <param name="stepFailed">Whether a step was recorded as failed.</param>
    /// <param name="engine">The engine the log was read from.</param>
    public static string StatusOf(Guid runId, bool closed, string outcome, bool stepFailed, EngineKind engine) =>
        closed ? outcome
        : stepFailed ? "failed"
        : PipelineRun.IsOpenInThisProcess(runId) ? "running"
        : engine == EngineKind.Embedded ? "interrupted"
        : "unfinished";
}
