using MemberInsights.ClickHouse;
using MemberInsights.Loader.Cli;
using MemberInsights.Loader.Display;
using MemberInsights.Warehouse.Operations;
using MemberInsights.Warehouse.Quality;
using Microsoft.Extensions.Logging;

namespace MemberInsights.Loader.Commands;

/// <summary><c>check</c>: runs the data-quality checks and records them in pipeline_run_log.</summary>
internal static class CheckCommand
{
    public static async Task<int> RunAsync(ClickHouseClient client, ILogger logger, CancellationToken ct)
    {
        var run = new PipelineRun(new PipelineRunLog(client), "check", logger);
        var results = await new QualityCheckRunner(client).RunAsync(run, ct: ct).ConfigureAwait(false);
        SummaryTables.WriteChecks(results);
        var failed = results.Count(r => !r.Passed);
        logger.LogInformation("Checks of run {RunId}: {Passed} passed, {Failed} failed", run.RunId, results.Count - failed, failed);
        return failed == 0 ? ExitCode.Success : ExitCode.ChecksFailed;
    }
}
