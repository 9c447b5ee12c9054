using MemberInsights.Api.Caching;
using MemberInsights.Api.Common;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Health;

/// <summary>
/// Reads <c>pipeline_run_log</c>: one row per step or check of a run, plus a closing <c>run</c> row with the
/// run's outcome (absent while the run is still going).
/// </summary>
public sealed class PipelineRunHistory(ClickHouseClient client, DataVersion version)
{
    private const string RunsSql = """
        SELECT run_id, any(run_kind) AS kind, min(started_at) AS started,
               countIf(step = 'run') > 0 AS closed, maxIf(finished_at, step = 'run') AS finished,
               argMaxIf(status, finished_at, step = 'run') AS outcome
        FROM pipeline_run_log
        GROUP BY run_id
        HAVING {include_skipped:Bool} OR outcome != 'skipped'
        ORDER BY started DESC, run_id
        LIMIT {first:UInt32} OFFSET {offset:UInt32}
        """;

    private const string CountSql = """
        SELECT count() FROM
        (
            SELECT run_id, argMaxIf(status, finished_at, step = 'run') AS outcome
            FROM pipeline_run_log
            GROUP BY run_id
            HAVING {include_skipped:Bool} OR outcome != 'skipped'
        )
        """;

    private const string StepsSql = """
        SELECT run_id, step, rows_in, rows_out, rows_rejected, duration_ms, status, error
        FROM pipeline_run_log
        WHERE run_id IN {runs:Array(UUID)} AND step != 'run'
        ORDER BY started_at, step
        """;

    private const string ChecksSql = """
        SELECT run_id, check_name, ifNull(check_passed, status = 'passed') AS passed, details
        FROM pipeline_run_log
        WHERE check_name != ''
          AND run_id = (SELECT argMax(run_id, started_at) FROM pipeline_run_log WHERE check_name != '')
        ORDER BY started_at, check_name
        """;

    private readonly VersionedCache<(int First, int Offset, bool IncludeSkipped), Connection<PipelineRun>> _pages = new();
    private readonly VersionedCache<string, QualityCheckSummary> _checks = new();

    /// <summary>
    /// A page of runs, newest first, each with its steps (cached per <see cref="DataVersion"/>); runs that did nothing
    /// (a load into a warehouse that already held data, e.g. at every API start) only when <paramref name="includeSkipped"/>.
    /// </summary>
    public async Task<Connection<PipelineRun>> PageAsync(PageRequest page, bool includeSkipped, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        var current = await version.CurrentAsync(ct);
        var key = (page.First, page.Offset, includeSkipped);
        if (_pages.Get(current, [key]).TryGetValue(key, out var cached))
        {
            return cached;
        }

        var connection = await ReadPageAsync(page, includeSkipped, ct);
        _pages.Set(current, [KeyValuePair.Create(key, connection)]);
        return connection;
    }

    /// <summary>The checks of the newest run that ran checks (cached per <see cref="DataVersion"/>).</summary>
    public async Task<QualityCheckSummary> LatestChecksAsync(CancellationToken ct)
    {
        var current = await version.CurrentAsync(ct);
        if (_checks.Get(current, [""]).TryGetValue("", out var cached))
        {
            return cached;
        }

        var summary = await ReadChecksAsync(ct);
        _checks.Set(current, [KeyValuePair.Create("", summary)]);
        return summary;
    }

    /// <summary>The status of the newest run that did something; null when none did.</summary>
    public async Task<RunStatus?> LatestStatusAsync(CancellationToken ct)
    {
        var page = await PageAsync(new PageRequest(1, 0), includeSkipped: false, ct);
        return page.Edges.Count == 0 ? null : page.Edges[0].Node.Status;
    }

    internal static DateTimeOffset Utc(DateTime instant) => new(DateTime.SpecifyKind(instant, DateTimeKind.Utc));

    /// <summary>Two round trips whatever the page size: the runs (with their count beside), then their steps.</summary>
    private async Task<Connection<PipelineRun>> ReadPageAsync(PageRequest page, bool includeSkipped, CancellationToken ct)
    {
        var filter = new QueryParameters().Add("include_skipped", includeSkipped);
        var total = client.ScalarAsync<ulong>(CountSql, filter, ct: ct);
        var runs = await client.QueryListAsync(RunsSql, row => (
            Id: row.GetGuid(0),
            Kind: row.GetString(1),
            Started: row.GetDateTime(2),
            Closed: row.GetBoolean(3),
            Finished: row.GetDateTime(4),
            Outcome: row.GetString(5)), new QueryParameters().Add("include_skipped", includeSkipped).Add("first", page.First).Add("offset", page.Offset), ct: ct);

        var steps = runs.Count == 0 ? [] : await client.QueryListAsync(StepsSql, row => (
            Run: row.GetGuid(0),
            Step: new PipelineStep(
                row.GetString(1),
                (long)row.GetUInt64(2),
                (long)row.GetUInt64(3),
                (long)row.GetUInt64(4),
                (long)row.GetUInt64(5),
                RunStatuses.Parse(row.GetString(6)),
                row.GetString(7) is { Length: > 0 } error ? error : null)),
            new QueryParameters().Add("runs", runs.Select(r => r.Id).ToArray()), ct: ct);
        var stepsByRun = steps.ToLookup(s => s.Run, s => s.Step);

        var nodes = runs.Select(r => new PipelineRun(
            r.Id,
            r.Kind,
            Utc(r.Started),
            r.Closed ? Utc(r.Finished) : null,
            r.Closed ? RunStatuses.Parse(r.Outcome) : RunStatus.Running,
            stepsByRun[r.Id].ToList())).ToList();
        return page.Page(nodes, (int)await total);
    }

    private async Task<QualityCheckSummary> ReadChecksAsync(CancellationToken ct)
    {
        var rows = await client.QueryListAsync(ChecksSql, row => (
            Run: row.GetGuid(0),
            Check: new QualityCheck(row.GetString(1), row.GetBoolean(2), row.GetString(3))), ct: ct);
        if (rows.Count == 0)
        {
            return new QualityCheckSummary(null, null, []);
        }

        var checks = rows.Select(r => r.Check).ToList();
        return new QualityCheckSummary(rows[0].Run, (double)checks.Count(c => c.Passed) / checks.Count, checks);
    }

}
