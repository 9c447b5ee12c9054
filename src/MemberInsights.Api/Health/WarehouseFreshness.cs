using MemberInsights.Api.Caching;
using MemberInsights.ClickHouse;
using MemberInsights.Warehouse.Operations;

namespace MemberInsights.Api.Health;

/// <summary>
/// The newest data day of every modeled table (staging, dimension, fact and mart layers) in one query. Most
/// date columns are partition keys, so ClickHouse answers their max from part metadata without a scan.
/// </summary>
public sealed class WarehouseFreshness(ClickHouseClient client, DataVersion version, TimeProvider clock)
{
    private readonly VersionedCache<string, ModeledTables> _tables = new();
    private readonly ModelInventory _inventory = new(client);

    /// <summary>The modeled layers whose freshness is reported.</summary>
    public static readonly IReadOnlyList<string> ModeledLayers = ["staging", "dimension", "fact", "mart"];

    /// <summary>The column holding each table's data day (a fixed list: identifiers, never input).</summary>
    private static readonly Dictionary<string, string> DateColumns = new(StringComparer.Ordinal)
    {
        ["stg_member_events"] = "event_date",
        ["fct_member_day"] = "event_date",
        ["fct_class_attendance"] = "class_date",
        ["agg_cohort_daily"] = "event_date",
        ["agg_member_lifecycle"] = "last_active_date",
        ["agg_class_daily"] = "class_date",
        ["dim_members"] = "joined_date",
        ["dim_experiment_assignments"] = "assigned_date",
        ["dim_classes"] = "class_date",
        ["dim_locations"] = "opened_date",
    };

    /// <summary>Freshness of every modeled table, in the inventory's order (layer, then name).</summary>
    public async Task<IReadOnlyList<TableFreshness>> ReadAsync(CancellationToken ct)
    {
        var tables = await TablesAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        DateOnly? newest = tables.Latest.Count == 0 ? null : tables.Latest.Values.Max();
        return tables.Modeled.Select(m =>
        {
            DateOnly? day = tables.Latest.TryGetValue(m.TableName, out var found) ? found : null;
            return new TableFreshness(
                m.TableName,
                m.Layer,
                DateColumns.GetValueOrDefault(m.TableName),
                day,
                day is { } d ? today.DayNumber - d.DayNumber : null,
                day is { } e && newest is { } n ? n.DayNumber - e.DayNumber : null);
        }).ToList();
    }

    /// <summary>The modeled tables and their newest days, cached per data version (lags are computed per request).</summary>
    private async Task<ModeledTables> TablesAsync(CancellationToken ct)
    {
        var current = await version.CurrentAsync(ct);
        if (_tables.Get(current, [""]).TryGetValue("", out var cached))
        {
            return cached;
        }

        var modeled = (await _inventory.MeasureAsync(ct)).Where(m => ModeledLayers.Contains(m.Layer)).ToList();
        var dated = modeled.Where(m => DateColumns.ContainsKey(m.TableName)).Select(m => m.TableName).ToList();
        var latest = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        if (dated.Count > 0)
        {
            var sql = string.Join("\nUNION ALL\n", dated.Select(table =>
                $"SELECT '{table}' AS table_name, maxOrNull({DateColumns[table]}) AS latest FROM {table}"));
            foreach (var (table, date) in await client.QueryListAsync(sql, row => (row.GetString(0), row.IsNull(1) ? (DateOnly?)null : row.GetDateOnly(1)), ct: ct))
            {
                if (date is { } day)
                {
                    latest[table] = day;
                }
            }
        }

        var tables = new ModeledTables(modeled, latest);
        _tables.Set(current, [KeyValuePair.Create("", tables)]);
        return tables;
    }

    private sealed record ModeledTables(IReadOnlyList<ModelEntry> Modeled, IReadOnlyDictionary<string, DateOnly> Latest);
}
