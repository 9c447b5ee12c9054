using System.Globalization;
using MemberInsights.ClickHouse.Migrations;
using MemberInsights.Warehouse.Loading;
using MemberInsights.Warehouse.Operations;
using MemberInsights.Warehouse.Quality;
using Spectre.Console;

namespace MemberInsights.Loader.Display;

/// <summary>Spectre tables for command results (plain text when the output is redirected).</summary>
internal static class SummaryTables
{
    public static void WriteMigrations(IReadOnlyList<MigrationStatus> migrations)
    {
        var table = new Table().Title("Migrations").AddColumns("version", "file", "state", "applied at (UTC)");
        foreach (var m in migrations)
        {
            table.AddRow(m.Version.ToString("D3", CultureInfo.InvariantCulture), Markup.Escape(m.Name), m.State.ToString(), m.AppliedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "");
        }

        AnsiConsole.Write(table);
    }

    public static void WriteInventory(IReadOnlyList<ModelEntry> inventory)
    {
        var table = new Table().Title("Tables").AddColumns("table", "layer", "rows", "MB", "last updated (UTC)", "grain");
        foreach (var t in inventory)
        {
            table.AddRow(t.TableName, t.Layer, t.RowCount.ToString("N0", CultureInfo.InvariantCulture),
                (t.Bytes / 1e6).ToString("F1", CultureInfo.InvariantCulture), t.LastUpdated?.ToString("u", CultureInfo.InvariantCulture) ?? "", Markup.Escape(t.Grain));
        }

        AnsiConsole.Write(table);
    }

    public static void WriteRuns(IReadOnlyList<RunSummary> runs)
    {
        var table = new Table().Title("Latest runs").AddColumns("run", "kind", "started (UTC)", "seconds", "status", "rows out", "failed checks");
        foreach (var r in runs)
        {
            table.AddRow(r.RunId.ToString(), r.Kind, r.StartedAt.ToString("u", CultureInfo.InvariantCulture),
                (r.FinishedAt - r.StartedAt).TotalSeconds.ToString("F1", CultureInfo.InvariantCulture), r.Status,
                r.RowsOut.ToString("N0", CultureInfo.InvariantCulture), r.ChecksFailed.ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
    }

    public static void WriteChecks(IReadOnlyList<QualityCheckResult> checks)
    {
        var table = new Table().Title("Data-quality checks").AddColumns("check", "result", "details");
        foreach (var c in checks)
        {
            table.AddRow(c.Name, c.Passed ? "[green]passed[/]" : "[red]failed[/]", Markup.Escape(c.Details));
        }

        AnsiConsole.Write(table);
    }

    public static void WriteLoad(LoadReport report)
    {
        if (report.Skipped)
        {
            return;
        }

        var table = new Table().Title("Load " + report.RunId).AddColumns("measure", "value");
        table.AddRow("events", report.Events.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("class bookings", report.Bookings.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("dimension rows", report.DimensionRows.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("batches", report.Batches.ToString(CultureInfo.InvariantCulture));
        table.AddRow("event step", $"{report.EventElapsed.TotalSeconds:F1} s");
        table.AddRow("events/s", report.EventsPerSecond.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("MB/s (RowBinary)", report.MegabytesPerSecond.ToString("F1", CultureInfo.InvariantCulture));
        table.AddRow("whole run", $"{report.TotalElapsed.TotalSeconds:F1} s");
        table.AddRow("failed checks", report.FailedChecks.ToString(CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
    }
}
