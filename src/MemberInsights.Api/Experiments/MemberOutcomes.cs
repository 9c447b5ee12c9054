using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Experiments;

/// <summary>One member's value of a metric before (the 28 days before assignment) and after assignment; null when the member has no reading in the period.</summary>
public sealed record MemberOutcome(Variant Variant, uint MemberId, double? Pre, double? Post);

/// <summary>
/// Reads per-member pre- and post-assignment values of an experiment metric for several experiments in one query,
/// as the metric's <see cref="ExperimentMeasure"/> in the catalog says: means from <c>agg_experiment_member</c>
/// (<see cref="MemberMeans"/>), or shares of flagged member-days, which that mart does not hold, from
/// <c>fct_member_day</c> joined to the assignments (<see cref="MemberDayShare"/>).
/// </summary>
public sealed class MemberOutcomes(ClickHouseClient client)
{
    private const string MartSql = """
        SELECT experiment_name, variant, member_id, period, toFloat64({0}) AS total, {1} AS days
        FROM {2}
        WHERE experiment_name IN {{experiments:Array(String)}}{3}
        GROUP BY experiment_name, variant, member_id, period
        """;

    // A member-day with a reading counts once; it is flagged when any of its readings is (e.g. recovery below 33).
    private const string MemberDaySql = """
        SELECT a.experiment_name AS experiment_name, a.variant AS variant, f.member_id AS member_id,
               if(f.event_date < a.assigned_date, 'pre', 'post') AS period,
               toFloat64(countIf(f.flagged > 0)) AS total, count() AS days
        FROM
        (
            SELECT member_id, event_date, sum({0}) AS flagged, sum({1}) AS readings
            FROM {2}
            WHERE member_id IN (SELECT member_id FROM dim_experiment_assignments WHERE experiment_name IN {{experiments:Array(String)}})
              AND event_date >= (SELECT min(assigned_date) - 28 FROM dim_experiment_assignments WHERE experiment_name IN {{experiments:Array(String)}})
            GROUP BY member_id, event_date
            HAVING readings > 0
        ) AS f
        INNER JOIN
        (
            SELECT experiment_name, member_id, any(variant) AS variant, any(assigned_date) AS assigned_date
            FROM dim_experiment_assignments
            WHERE experiment_name IN {{experiments:Array(String)}}{3}
            GROUP BY experiment_name, member_id
        ) AS a ON a.member_id = f.member_id
        WHERE f.event_date >= a.assigned_date - 28
        GROUP BY experiment_name, variant, member_id, period
        """;

    /// <summary>The outcomes of <paramref name="metric"/> per experiment name (experiments without members are absent).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<MemberOutcome>>> ReadAsync(
        IReadOnlyCollection<string> experiments, CatalogMetric metric, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(experiments);
        ArgumentNullException.ThrowIfNull(metric);
        var parameters = new QueryParameters().Add("experiments", experiments.Distinct().ToArray());
        var scoped = SegmentFilter.ScopedMembers(parameters);
        var sql = metric.Experiment switch
        {
            MemberMeans means => string.Format(null, MartSql, means.Total.Sql, means.Days.Sql, means.Table, scoped),
            MemberDayShare share => string.Format(null, MemberDaySql, share.Flagged, share.Readings, share.Table, scoped),
            _ => throw new ArgumentException($"{metric.Name} is not an experiment metric.", nameof(metric)),
        };
        var rows = await client.QueryListAsync(sql, row => (
            Experiment: row.GetString(0),
            Variant: ExperimentVariants.Parse(row.GetString(1)),
            Member: row.Get<uint>(2),
            Pre: row.GetString(3) == "pre",
            Total: row.GetDouble(4),
            Days: row.Get<ulong>(5)), parameters, ct: ct);

        return rows
            .Where(r => r.Days > 0)
            .GroupBy(r => r.Experiment)
            .ToDictionary(
                experiment => experiment.Key,
                experiment => (IReadOnlyList<MemberOutcome>)experiment
                    .GroupBy(r => (r.Variant, r.Member))
                    .Select(member => new MemberOutcome(
                        member.Key.Variant,
                        member.Key.Member,
                        Mean(member.FirstOrDefault(r => r.Pre)),
                        Mean(member.FirstOrDefault(r => !r.Pre))))
                    .OrderBy(o => o.Variant).ThenBy(o => o.MemberId)
                    .ToList());

        static double? Mean((string, Variant, uint, bool, double Total, ulong Days) row) => row.Days == 0 ? null : row.Total / row.Days;
    }
}

/// <summary>The warehouse's variant names (<c>baseline</c>, <c>release_candidate</c>).</summary>
public static class ExperimentVariants
{
    /// <summary><c>release_candidate</c> → <see cref="Variant.ReleaseCandidate"/>.</summary>
    public static Variant Parse(string value) => value switch
    {
        "baseline" => Variant.Baseline,
        "release_candidate" => Variant.ReleaseCandidate,
        _ => throw new InvalidOperationException($"Unknown experiment variant '{value}' in the warehouse."),
    };
}
