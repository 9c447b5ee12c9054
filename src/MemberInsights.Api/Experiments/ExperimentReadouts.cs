using MemberInsights.Api.Caching;
using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;
using MemberInsights.Api.Contracts;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Experiments;

/// <summary>
/// The experiments and their readouts, GraphQL-free (the assistant calls it too). Reads
/// <c>dim_experiment_assignments</c> for the groups and <see cref="MemberOutcomes"/> for the per-member values.
/// Readouts are cached per <see cref="DataVersion"/>: they change only when a pipeline run completes.
/// </summary>
public sealed class ExperimentReadouts(ClickHouseClient client, MemberOutcomes outcomes, MetricDictionary dictionary, DataVersion version)
{
    /// <summary>The metric every readout's guardrail is computed on.</summary>
    public static readonly CatalogMetric Guardrail = MetricCatalog.LowRecoveryRate;

    // Readouts differ by the caller's scope: it is part of the key.
    private readonly VersionedCache<(string Experiment, string Metric, string Scope), ExperimentReadout> _cache = new();

    private const string ExperimentsSql = """
        SELECT experiment_name, variant, count() AS members, min(assigned_date) AS first_day, max(assigned_date) AS last_day
        FROM dim_experiment_assignments FINAL
        WHERE 1 = 1{0}
        GROUP BY experiment_name, variant
        """;

    /// <summary>Every experiment with members in the caller's scope, most recent first (by start date, then name), its groups counted in the scope.</summary>
    public async Task<IReadOnlyList<ExperimentSummary>> ListAsync(CancellationToken ct)
    {
        var parameters = new QueryParameters();
        var sql = string.Format(null, ExperimentsSql, SegmentFilter.ScopedMembers(parameters));
        var rows = await client.QueryListAsync(sql, row => (
            Name: row.GetString(0),
            Variant: ExperimentVariants.Parse(row.GetString(1)),
            Members: (long)row.Get<ulong>(2),
            First: row.GetDateOnly(3),
            Last: row.GetDateOnly(4)), parameters, ct: ct);

        return rows
            .GroupBy(r => r.Name)
            .Select(experiment =>
            {
                var total = experiment.Sum(g => g.Members);
                var groups = experiment
                    .OrderBy(g => g.Variant)
                    .Select(g => new ReleaseGroup(g.Variant, g.Members, total == 0 ? 0 : (double)g.Members / total))
                    .ToList();
                return new ExperimentSummary(experiment.Key, experiment.Min(g => g.First), experiment.Max(g => g.Last), groups);
            })
            .OrderByDescending(e => e.StartDate)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The experiment named <paramref name="name"/>; case, hyphens and spaces do not matter
    /// (<c>Recovery-Model-V5</c> finds <c>recovery_model_v5</c>). Null when unknown.
    /// </summary>
    public async Task<ExperimentSummary?> FindAsync(string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wanted = Normalize(name);
        return (await ListAsync(ct)).FirstOrDefault(e => Normalize(e.Name) == wanted);
    }

    /// <summary>The readout of <paramref name="metric"/> for the experiment named <paramref name="experimentName"/>; null when unknown.</summary>
    /// <exception cref="InsufficientExperimentDataException">A group has fewer than two members with data.</exception>
    public async Task<ExperimentReadout?> ReadoutAsync(string experimentName, CatalogMetric metric, CancellationToken ct)
    {
        var experiment = await FindAsync(experimentName, ct);
        if (experiment is null)
        {
            return null;
        }

        var current = await version.CurrentAsync(ct);
        var scope = AccessScope.Current.Key;
        if (_cache.Get(current, [(experiment.Name, metric.Name, scope)]).TryGetValue((experiment.Name, metric.Name, scope), out var cached))
        {
            return cached;
        }

        var (metricValues, guardrailValues) = await ValuesAsync([experiment.Name], metric, ct);
        var readout = ReadoutCalculator.Compute(
            experiment, metric, await DefinitionAsync(metric, ct),
            metricValues.GetValueOrDefault(experiment.Name, []), guardrailValues.GetValueOrDefault(experiment.Name, []));
        _cache.Set(current, [new((experiment.Name, metric.Name, scope), readout)]);
        return readout;
    }

    /// <summary>
    /// Readouts of one metric for several experiments with two queries in all (for lists of experiments).
    /// Experiments with too few members with data for a readout are absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ExperimentReadout>> ReadoutsAsync(
        IReadOnlyList<ExperimentSummary> experiments, CatalogMetric metric, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(experiments);
        var current = await version.CurrentAsync(ct);
        var scope = AccessScope.Current.Key;
        var cached = _cache.Get(current, experiments.Select(e => (e.Name, metric.Name, scope)));
        var readouts = cached.ToDictionary(c => c.Key.Experiment, c => c.Value);
        var missing = experiments.Where(e => !readouts.ContainsKey(e.Name)).ToList();
        if (missing.Count == 0)
        {
            return readouts;
        }

        var definition = await DefinitionAsync(metric, ct);
        var (metricValues, guardrailValues) = await ValuesAsync(missing.Select(e => e.Name).ToList(), metric, ct);
        foreach (var experiment in missing)
        {
            try
            {
                readouts[experiment.Name] = ReadoutCalculator.Compute(
                    experiment, metric, definition,
                    metricValues.GetValueOrDefault(experiment.Name, []), guardrailValues.GetValueOrDefault(experiment.Name, []));
            }
            catch (InsufficientExperimentDataException)
            {
                // Absent: the caller reports the experiment as not readable yet.
            }
        }

        _cache.Set(current, missing.Where(e => readouts.ContainsKey(e.Name)).Select(e => KeyValuePair.Create((e.Name, metric.Name, scope), readouts[e.Name])));
        return readouts;
    }

    private Task<MetricDefinition> DefinitionAsync(CatalogMetric metric, CancellationToken ct) =>
        dictionary.RequireAsync(metric, ct);

    private async Task<(IReadOnlyDictionary<string, IReadOnlyList<MemberOutcome>> Metric, IReadOnlyDictionary<string, IReadOnlyList<MemberOutcome>> Guardrail)> ValuesAsync(
        IReadOnlyList<string> names, CatalogMetric metric, CancellationToken ct)
    {
        var values = outcomes.ReadAsync(names, metric, ct);
        var lowRecovery = ReferenceEquals(metric, Guardrail) ? values : outcomes.ReadAsync(names, Guardrail, ct);
        return (await values, await lowRecovery);
    }

    private static string Normalize(string name) => name.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
}
