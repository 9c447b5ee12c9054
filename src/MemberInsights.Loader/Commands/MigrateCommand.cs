using MemberInsights.ClickHouse;
using MemberInsights.Loader.Cli;
using MemberInsights.Warehouse;
using Microsoft.Extensions.Logging;

namespace MemberInsights.Loader.Commands;

/// <summary><c>migrate</c>: applies pending DDL migrations.</summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(ClickHouseClient client, ILogger logger, CancellationToken ct)
    {
        var applied = await WarehouseMigrations.ApplyAsync(client, logger, ct: ct).ConfigureAwait(false);
        if (applied.Count == 0)
        {
            logger.LogInformation("Migrations: the warehouse is up to date");
        }

        foreach (var m in applied)
        {
            logger.LogInformation("Applied {Migration}: {Statements} statements in {Elapsed:F2} s", m.Name, m.Statements, m.Elapsed.TotalSeconds);
        }

        return ExitCode.Success;
    }
}
