using MemberInsights.Api.Common;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Catalog;

/// <summary>
/// The governed metric definitions, read from <c>metric_dictionary FINAL</c> and kept in memory: the
/// dictionary changes only by migration, so a short time-to-live is enough to pick up a new version.
/// </summary>
public sealed class MetricDictionary(ClickHouseClient client, TimeProvider? clock = null)
{
    /// <summary>How long a read of the dictionary is served from memory.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(1);

    private const string Sql = """
        SELECT name, display_name, description, formula, grain, unit, owner, source_table, caveats, synonyms, surfaces
        FROM metric_dictionary FINAL
        ORDER BY name
        """;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile DictionaryIndex? _index;

    /// <summary>Every definition, ordered by name.</summary>
    public async Task<IReadOnlyList<MetricDefinition>> AllAsync(CancellationToken ct) => (await IndexAsync(ct)).Definitions;

    /// <summary>The definition whose name, display name or synonym is <paramref name="nameOrSynonym"/> (case-insensitive); null when none.</summary>
    public async Task<MetricDefinition?> FindAsync(string nameOrSynonym, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(nameOrSynonym);
        return (await IndexAsync(ct)).Find(nameOrSynonym);
    }

    /// <summary>The definition of a metric of the catalog; its absence is a deployment fault (a missing migration).</summary>
    /// <exception cref="InvalidOperationException">The dictionary has no definition of <paramref name="metric"/>.</exception>
    public async Task<MetricDefinition> RequireAsync(CatalogMetric metric, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var definition = await FindAsync(metric.Name, ct).ConfigureAwait(false);
        return definition is not null && definition.Name == metric.Name
            ? definition
            : throw new InvalidOperationException($"The metric dictionary has no definition of {metric.Name}.");
    }

    /// <summary>
    /// The definitions matching <paramref name="text"/> (every word found in the name, display name, synonyms
    /// or description; null or blank matches all) and used by <paramref name="surface"/> (null for any),
    /// best matches first: exact names and synonyms, then names containing the text, then the rest by name.
    /// </summary>
    public async Task<IReadOnlyList<MetricDefinition>> SearchAsync(string? text, Surface? surface, CancellationToken ct)
    {
        var index = await IndexAsync(ct);
        return index.Search(text, surface);
    }

    private async Task<DictionaryIndex> IndexAsync(CancellationToken ct)
    {
        var index = _index;
        if (index is not null && _clock.GetUtcNow() < index.ExpiresAt)
        {
            return index;
        }

        await _refresh.WaitAsync(ct);
        try
        {
            index = _index;
            if (index is not null && _clock.GetUtcNow() < index.ExpiresAt)
            {
                return index;
            }

            var definitions = await client.QueryListAsync(Sql, Read, ct: ct);
            _index = index = new DictionaryIndex(definitions, _clock.GetUtcNow() + TimeToLive);
            return index;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private static MetricDefinition Read(ClickHouseRow row) => new(
        row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3), row.GetString(4), row.GetString(5),
        row.GetString(6), row.GetString(7), row.GetString(8),
        row.Get<string[]>(9),
        row.Get<string[]>(10).Select(WarehouseValues.Parse<Surface>).OfType<Surface>().Distinct().ToList());
}
