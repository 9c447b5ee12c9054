using MemberInsights.ClickHouse;
using MemberInsights.Loader.Cli;
using MemberInsights.Loader.Display;
using MemberInsights.Warehouse.Quality;
using Microsoft.Extensions.Logging;

namespace MemberInsights.Loader.Commands;

/// <summary><c>check</c>: runs the data-quality checks and records them in pipeline_run_log.</summary>
internal static class CheckCommand
{
    public static async Task<int> RunAsync(ClickHouseClient client, ILogger logger, CancellationToken ct)
    {
        var report = await CheckRun.RunAsync(client, logger, ct).ConfigureAwait(false);
        SummaryTables.WriteChecks(report.Checks);
        return report.FailedChecks == 0 ? ExitCode.Success : ExitCode.ChecksFailed;
    }
}
