using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Experiments;

/// <summary>One member's value of a metric before (the 28 days before assignment) and after assignment; null when the member has no reading in the period.</summary>
public sealed record MemberOutcome(Variant Variant, uint MemberId, double? Pre, double? Post);

/// <summary>
/// Reads per-member pre- and post-assignment means of an experiment metric for several experiments in one query.
/// Means come from <c>agg_experiment_member</c>; the low-recovery share, which that mart does not hold, from
/// <c>fct_member_day</c> joined to the assignments (the same member-day rule as <c>v_member_day</c>).
/// </summary>
public sealed class MemberOutcomes(ClickHouseClient client)
{
    private const string MartSql = """
        SELECT experiment_name, variant, member_id, period, {0} AS total, {1} AS days
        FROM agg_experiment_member
        WHERE experiment_name IN {{experiments:Array(String)}}
        GROUP BY experiment_name, variant, member_id, period
        """;

    // A member-day with a recovery reading counts once; it is low when any reading is below 33.
    private const string LowRecoverySql = """
        SELECT a.experiment_name AS experiment_name, a.variant AS variant, f.member_id AS member_id,
               if(f.event_date < a.assigned_date, 'pre', 'post') AS period,
               toFloat64(countIf(f.low_readings > 0)) AS total, count() AS days
        FROM
        (
            SELECT member_id, event_date, sum(low_recovery_count) AS low_readings, sum(recovery_count) AS readings
            FROM fct_member_day
            WHERE member_id IN (SELECT member_id FROM dim_experiment_assignments WHERE experiment_name IN {experiments:Array(String)})
              AND event_date >= (SELECT min(assigned_date) - 28 FROM dim_experiment_assignments WHERE experiment_name IN {experiments:Array(String)})
            GROUP BY member_id, event_date
            HAVING readings > 0
        ) AS f
        INNER JOIN
        (
            SELECT experiment_name, member_id, any(variant) AS variant, any(assigned_date) AS assigned_date
            FROM dim_experiment_assignments
            WHERE experiment_name IN {experiments:Array(String)}
            GROUP BY experiment_name, member_id
        ) AS a ON a.member_id = f.member_id
        WHERE f.event_date >= a.assigned_date - 28
        GROUP BY experiment_name, variant, member_id, period
        """;

    /// <summary>The outcomes of <paramref name="metric"/> per experiment name (experiments without members are absent).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<MemberOutcome>>> ReadAsync(
        IReadOnlyCollection<string> experiments, ExperimentMetric metric, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(experiments);
        var sql = metric switch
        {
            ExperimentMetric.RecoveryScore => string.Format(null, MartSql, "sum(recovery_sum)", "sum(recovery_count)"),
            ExperimentMetric.SleepHours => string.Format(null, MartSql, "sum(sleep_hours_sum)", "sum(sleep_count)"),
            ExperimentMetric.Strain => string.Format(null, MartSql, "sum(strain_sum)", "sum(strain_count)"),
            ExperimentMetric.EngagementScore => string.Format(null, MartSql, "toFloat64(sum(engagement_points))", "uniqExactMerge(active_days)"),
            ExperimentMetric.LowRecoveryRate => LowRecoverySql,
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
        };
        var parameters = new QueryParameters().Add("experiments", experiments.Distinct().ToArray());
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
