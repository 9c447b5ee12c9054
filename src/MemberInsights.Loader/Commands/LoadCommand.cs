using MemberInsights.ClickHouse;
using MemberInsights.Loader.Cli;
using MemberInsights.Loader.Display;
using MemberInsights.Warehouse;
using MemberInsights.Warehouse.Loading;
using Microsoft.Extensions.Logging;

namespace MemberInsights.Loader.Commands;

/// <summary><c>load</c>: migrates, then generates and loads data; prints throughput and peak memory.</summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(ClickHouseClient client, LoaderArguments arguments, ILoggerFactory loggerFactory, CancellationToken ct)
    {
        var logger = loggerFactory.CreateLogger("load");
        await WarehouseMigrations.ApplyAsync(client, logger, ct: ct).ConfigureAwait(false);
        var generator = arguments.ToGeneratorOptions();
        var loader = new WarehouseLoader(client, loggerFactory.CreateLogger<WarehouseLoader>());
        var options = new LoadOptions { IfEmpty = arguments.IfEmpty };
        var report = await LoadProgressView.RunAsync(logger, progress => loader.LoadAsync(generator, options, progress, ct)).ConfigureAwait(false);
        SummaryTables.WriteLoad(report);
        if (!report.Skipped)
        {
            logger.LogInformation(
                "Loaded {Events:N0} events in {Seconds:F1} s: {Rate:N0} events/s, {MBps:F1} MB/s; whole run {Total:F1} s; peak RSS {Rss:F0} MiB",
                report.Events, report.EventElapsed.TotalSeconds, report.EventsPerSecond, report.MegabytesPerSecond,
                report.TotalElapsed.TotalSeconds, PeakResidentMemory.ReadMebibytes());
        }

        return report.FailedChecks == 0 ? ExitCode.Success : ExitCode.ChecksFailed;
    }
}
