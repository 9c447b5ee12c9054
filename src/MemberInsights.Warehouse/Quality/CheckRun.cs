using MemberInsights.ClickHouse;
using MemberInsights.Warehouse.Operations;
using Microsoft.Extensions.Logging;

namespace MemberInsights.Warehouse.Quality;

/// <summary>The outcome of a check run.</summary>
/// <param name="RunId">The run in pipeline_run_log.</param>
/// <param name="Checks">Every check's result.</param>
public sealed record CheckRunReport(Guid RunId, IReadOnlyList<QualityCheckResult> Checks)
{
    /// <summary>The checks that failed.</summary>
    public int FailedChecks => Checks.Count(c => !c.Passed);
}

/// <summary>A pipeline run of kind <c>check</c>: every data-quality check, each recorded, and the run closed with its outcome.</summary>
public static class CheckRun
{
    /// <summary>
    /// Runs the checks under a new run and closes it as succeeded (all passed), warned (some failed) or failed
    /// (a check could not be recorded).
    /// </summary>
    public static async Task<CheckRunReport> RunAsync(ClickHouseClient client, ILogger logger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(logger);
        var run = new PipelineRun(new PipelineRunLog(client), "check", logger);
        try
        {
            var results = await new QualityCheckRunner(client).RunAsync(run, ct: ct).ConfigureAwait(false);
            var report = new CheckRunReport(run.RunId, results);
            await run.TryRecordAsync(run.Closing(report.FailedChecks == 0 ? "succeeded" : "warned") with
            {
                Details = $"{report.FailedChecks} failed checks",
            }).ConfigureAwait(false);
            logger.LogInformation("Checks of run {RunId}: {Passed} passed, {Failed} failed", run.RunId, results.Count - report.FailedChecks, report.FailedChecks);
            return report;
        }
        catch (Exception e)
        {
            await run.TryRecordAsync(run.Closing("failed") with { Error = e.Message }).ConfigureAwait(false);
            throw;
        }
    }
}
