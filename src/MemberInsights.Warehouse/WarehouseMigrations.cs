using MemberInsights.ClickHouse;
using MemberInsights.ClickHouse.Migrations;
using Microsoft.Extensions.Logging;

namespace MemberInsights.Warehouse;

/// <summary>The warehouse DDL (clickhouse/NNN_*.sql, copied next to every app that references this library).</summary>
public static class WarehouseMigrations
{
    /// <summary>The migrations shipped with the application.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "clickhouse");

    /// <summary>Applies pending migrations in order; a no-op when all are applied.</summary>
    public static Task<IReadOnlyList<AppliedMigration>> ApplyAsync(ClickHouseClient client, ILogger? logger = null, string? directory = null, CancellationToken ct = default) =>
        new MigrationRunner(client, directory ?? DefaultDirectory, logger).ApplyPendingAsync(ct);

    /// <summary>Each migration with its state.</summary>
    public static Task<IReadOnlyList<MigrationStatus>> StatusAsync(ClickHouseClient client, string? directory = null, CancellationToken ct = default) =>
        new MigrationRunner(client, directory ?? DefaultDirectory).GetStatusAsync(ct);
}
