using MemberInsights.ClickHouse;
using MemberInsights.Warehouse.Operations;
using MemberInsights.Warehouse.Tables;

namespace MemberInsights.Warehouse.Quality;

/// <summary>Runs the data-quality checks and records each result (passed or failed) in the run log.</summary>
public sealed class QualityCheckRunner
{
    /// <summary>The most rows one run of a partitioned check reads, unless the runner is told otherwise.</summary>
    public const ulong DefaultRowsPerSlice = 4_000_000;

    private readonly ClickHouseClient _client;
    private readonly ulong _rowsPerSlice;

    /// <summary>Creates a runner.</summary>
    /// <param name="client">The warehouse.</param>
    /// <param name="rowsPerSlice">The most rows one run of a partitioned check reads (bounds its memory).</param>
    public QualityCheckRunner(ClickHouseClient client, ulong rowsPerSlice = DefaultRowsPerSlice)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        ArgumentOutOfRangeException.ThrowIfZero(rowsPerSlice);
        _rowsPerSlice = rowsPerSlice;
    }

    /// <summary>Runs <paramref name="checks"/> (default: <see cref="WarehouseChecks.All"/>) and records them under <paramref name="run"/>.</summary>
    public async Task<IReadOnlyList<QualityCheckResult>> RunAsync(PipelineRun run, IReadOnlyList<QualityCheck>? checks = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var results = new List<QualityCheckResult>();
        var records = new List<RunStepRecord>();
        foreach (var check in checks ?? WarehouseChecks.All)
        {
            var started = DateTime.UtcNow;
            QualityCheckResult result;
            try
            {
                result = await RunOneAsync(check, ct).ConfigureAwait(false);
            }
            catch (ClickHouseException e)
            {
                result = new QualityCheckResult(check.Name, false, "the check could not run: " + e.Message);
            }

            results.Add(result);
            records.Add(run.Record("check:" + check.Name, started, result.Passed ? "passed" : "failed") with
            {
                CheckName = check.Name,
                CheckPassed = result.Passed,
                Details = result.Details,
            });
        }

        await run.RecordAsync(records, ct).ConfigureAwait(false);
        return results;
    }

    private async Task<QualityCheckResult> RunOneAsync(QualityCheck check, CancellationToken ct)
    {
        if (check.PartitionsOf is null)
        {
            return await QueryAsync(check, null, ct).ConfigureAwait(false);
        }

        var partitions = await _client.QueryListAsync(
            """
            SELECT partition_id, sum(rows) FROM system.parts
            WHERE database = currentDatabase() AND table = {table:String} AND active
            GROUP BY partition_id ORDER BY partition_id
            """,
            r => (Id: r.GetString(0), Rows: r.GetUInt64(1)), new QueryParameters().Add("table", check.PartitionsOf), ct: ct).ConfigureAwait(false);
        foreach (var (partition, rows) in partitions)
        {
            var slices = Math.Max(1, (rows + _rowsPerSlice - 1) / _rowsPerSlice);
            for (var slice = 0UL; slice < slices; slice++)
            {
                var parameters = new QueryParameters().Add("partition", partition).Add("slices", slices).Add("slice", slice);
                var result = await QueryAsync(check, parameters, ct).ConfigureAwait(false);
                if (!result.Passed)
                {
                    return result with { Details = $"partition {partition}: {result.Details}" };
                }
            }
        }

        return new QualityCheckResult(check.Name, true, $"{partitions.Count} partitions of {check.PartitionsOf} checked");
    }

    private async Task<QualityCheckResult> QueryAsync(QualityCheck check, QueryParameters? parameters, CancellationToken ct) =>
        await _client.QueryListAsync(
            check.Sql,
            r => new QualityCheckResult(check.Name, r.GetBoolean(0), r.GetString(1)),
            parameters,
            ct: ct).ConfigureAwait(false) is [var only] ? only : new QualityCheckResult(check.Name, false, "the check returned no row");
}
