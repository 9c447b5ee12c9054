using MemberInsights.ClickHouse;
using MemberInsights.Loader.Cli;
using MemberInsights.Loader.Display;
using MemberInsights.Warehouse;
using MemberInsights.Warehouse.Operations;

namespace MemberInsights.Loader.Commands;

/// <summary><c>status</c>: migrations, row counts and the last runs. Reads only.</summary>
internal static class StatusCommand
{
    public static async Task<int> RunAsync(ClickHouseClient client, CancellationToken ct)
    {
        var migrations = await WarehouseMigrations.StatusAsync(client, ct: ct).ConfigureAwait(false);
        SummaryTables.WriteMigrations(migrations);
        if (migrations.Any(m => m.State == ClickHouse.Migrations.MigrationState.Pending))
        {
            Console.WriteLine("Pending migrations: run 'loader migrate' (or 'loader load').");
        }

        if (migrations.All(m => m.State == ClickHouse.Migrations.MigrationState.Pending))
        {
            return ExitCode.Success;
        }

        SummaryTables.WriteInventory(await new ModelInventory(client).MeasureAsync(ct).ConfigureAwait(false));
        SummaryTables.WriteRuns(await PipelineRunHistory.LatestRunsAsync(client, 10, ct).ConfigureAwait(false));
        return ExitCode.Success;
    }
}
