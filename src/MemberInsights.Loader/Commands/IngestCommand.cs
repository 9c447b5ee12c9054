using System.Globalization;
using MemberInsights.ClickHouse;
using MemberInsights.Loader.Cli;
using MemberInsights.Loader.Display;
using MemberInsights.Warehouse;
using MemberInsights.Warehouse.Ingest;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace MemberInsights.Loader.Commands;

/// <summary><c>ingest &lt;file&gt;</c>: loads an NDJSON or CSV event export; rejected lines go to quarantine.</summary>
internal static class IngestCommand
{
    public static async Task<int> RunAsync(ClickHouseClient client, string file, ILoggerFactory loggerFactory, CancellationToken ct)
    {
        var logger = loggerFactory.CreateLogger("ingest");
        await WarehouseMigrations.ApplyAsync(client, logger, ct: ct).ConfigureAwait(false);
        IngestReport report;
        try
        {
            report = await new EventIngestor(client, loggerFactory.CreateLogger<EventIngestor>()).IngestAsync(file, ct: ct).ConfigureAwait(false);
        }
        catch (NotSupportedException e)
        {
            logger.LogError("{Message}", e.Message);
            return ExitCode.Usage;
        }

        var table = new Table().Title("Ingest of " + Markup.Escape(report.SourceFile)).AddColumns("lines", "loaded", "quarantined", "of them quarantined before", "duplicates skipped");
        table.AddRow(N(report.Lines), N(report.Loaded), N(report.Quarantined), N(report.QuarantinedBefore), N(report.Duplicates));
        AnsiConsole.Write(table);
        if (report.QuarantineReasons.Count > 0)
        {
            var reasons = new Table().Title("Quarantine reasons (see the quarantine table, run " + report.RunId + ")").AddColumns("reason", "lines");
            foreach (var (reason, count) in report.QuarantineReasons.OrderByDescending(r => r.Value))
            {
                reasons.AddRow(Markup.Escape(reason), N(count));
            }

            AnsiConsole.Write(reasons);
        }

        SummaryTables.WriteChecks(report.Checks);
        logger.LogInformation(
            "Ingested {File}: {Lines} lines, {Loaded} loaded, {Quarantined} quarantined, {Duplicates} duplicates skipped",
            report.SourceFile, report.Lines, report.Loaded, report.Quarantined, report.Duplicates);
        return report.FailedChecks == 0 ? ExitCode.Success : ExitCode.ChecksFailed;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
