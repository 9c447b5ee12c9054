using MemberInsights.ClickHouse;

namespace MemberInsights.Warehouse.Operations;

/// <summary>One row of model_inventory.</summary>
/// <param name="TableName">The table.</param>
/// <param name="Layer">staging, dimension, fact, mart or operations.</param>
/// <param name="Grain">The grain, from the table's COMMENT in the DDL.</param>
/// <param name="RowCount">Stored rows (aggregating tables shrink as their parts merge).</param>
/// <param name="Bytes">Compressed bytes on disk.</param>
/// <param name="LastUpdated">When a part of the table last changed.</param>
public sealed record ModelEntry(string TableName, string Layer, string Grain, ulong RowCount, ulong Bytes, DateTime? LastUpdated);

/// <summary>Snapshots every modeled table (grain from its COMMENT, rows, bytes, freshness) into model_inventory.</summary>
public sealed class ModelInventory
{
    private const string Snapshot = """
        SELECT
            t.name AS table_name,
            multiIf(startsWith(t.name, 'stg_'), 'staging', startsWith(t.name, 'dim_'), 'dimension',
                    startsWith(t.name, 'fct_'), 'fact', startsWith(t.name, 'agg_'), 'mart', 'operations') AS layer,
            replaceRegexpOne(t.comment, '^grain: ', '') AS grain,
            ifNull(t.total_rows, 0) AS row_count,
            ifNull(t.total_bytes, 0) AS bytes,
            if(p.last_modified = toDateTime(0, 'UTC'), NULL, p.last_modified) AS last_updated
        FROM system.tables AS t
        LEFT JOIN
        (
            SELECT table, toDateTime(max(modification_time), 'UTC') AS last_modified
            FROM system.parts WHERE database = currentDatabase() AND active GROUP BY table
        ) AS p ON p.table = t.name
        WHERE t.database = currentDatabase() AND t.engine LIKE '%MergeTree' AND t.name NOT IN ('model_inventory', 'schema_migrations')
        """;

    private readonly ClickHouseClient _client;

    /// <summary>Creates the inventory writer.</summary>
    public ModelInventory(ClickHouseClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Writes a fresh snapshot and returns it.</summary>
    public async Task<IReadOnlyList<ModelEntry>> RefreshAsync(CancellationToken ct = default)
    {
        await _client.ExecuteAsync(
            "INSERT INTO model_inventory (table_name, layer, grain, row_count, bytes, last_updated, refreshed_at) SELECT *, now64(3) FROM (" + Snapshot + ")",
            ct: ct).ConfigureAwait(false);
        return await ReadAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Measures every modeled table now, without writing a snapshot.</summary>
    public Task<IReadOnlyList<ModelEntry>> MeasureAsync(CancellationToken ct = default) =>
        _client.QueryListAsync(Snapshot + " ORDER BY layer, table_name", Map, ct: ct);

    /// <summary>The latest snapshot.</summary>
    public Task<IReadOnlyList<ModelEntry>> ReadAsync(CancellationToken ct = default) =>
        _client.QueryListAsync(
            "SELECT table_name, layer, grain, row_count, bytes, last_updated FROM model_inventory FINAL ORDER BY layer, table_name",
            Map,
            ct: ct);

    private static ModelEntry Map(ClickHouseRow r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetUInt64(3), r.GetUInt64(4), r.IsNull(5) ? null : r.Get<DateTime>(5));
}
