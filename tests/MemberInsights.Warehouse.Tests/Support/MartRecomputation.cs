using MemberInsights.ClickHouse;

namespace MemberInsights.Warehouse.Tests.Support;

/// <summary>
/// Each mart read back, next to the same numbers recomputed from the raw tables with plain SQL that shares
/// nothing with the materialized views (segments come from dim_members, not the denormalised columns;
/// dates from event_time; counts with countIf rather than fact sums).
/// </summary>
public static class MartRecomputation
{
    public sealed record Pair(string Mart, string FromMart, string FromRaw);

    public static IReadOnlyList<Pair> All { get; } =
    [
        new("fct_member_day",
            """
            SELECT concat(toString(member_id), '|', toString(event_date)), sum(events), sum(recovery_count), sum(recovery_sum), sum(sleep_hours_sum),
                   sum(strain_sum), sum(resting_hr_sum), sum(engagement_points), sum(workouts), sum(sessions), sum(check_ins), sum(low_recovery_count)
            FROM fct_member_day GROUP BY member_id, event_date
            """,
            """
            SELECT concat(toString(member_id), '|', toString(toDate(event_time))), count(), countIf(event_type = 'recovery'),
                   sumIf(toFloat64(value), event_type = 'recovery'), sumIf(toFloat64(value), event_type = 'sleep'),
                   sumIf(toFloat64(value), event_type = 'strain'), sumIf(toFloat64(value), event_type = 'heart_rate'),
                   10 * countIf(event_type = 'session') + 25 * countIf(event_type = 'workout') + 15 * countIf(event_type = 'check_in'),
                   countIf(event_type = 'workout'), countIf(event_type = 'session'), countIf(event_type = 'check_in'),
                   countIf(event_type = 'recovery' AND value < 33)
            FROM stg_member_events GROUP BY member_id, toDate(event_time)
            """),
        new("agg_cohort_daily",
            """
            SELECT concat(toString(cohort_month), '|', toString(event_date), '|', plan_type, '|', goal, '|', acquisition_channel),
                   uniqExactMerge(active_members), sum(recovery_count), sum(recovery_sum), sum(low_recovery_days), sum(sleep_count), sum(sleep_hours_sum),
                   sum(strain_count), sum(strain_sum), sum(resting_hr_count), sum(resting_hr_sum), sum(engagement_points), sum(workouts), sum(sessions), sum(check_ins)
            FROM agg_cohort_daily GROUP BY cohort_month, event_date, plan_type, goal, acquisition_channel
            """,
            """
            SELECT concat(toString(m.cohort_month), '|', toString(toDate(e.event_time)), '|', m.plan_type, '|', m.goal, '|', m.acquisition_channel),
                   count(DISTINCT e.member_id), countIf(e.event_type = 'recovery'), sumIf(toFloat64(e.value), e.event_type = 'recovery'),
                   countIf(e.event_type = 'recovery' AND e.value < 33), countIf(e.event_type = 'sleep'), sumIf(toFloat64(e.value), e.event_type = 'sleep'),
                   countIf(e.event_type = 'strain'), sumIf(toFloat64(e.value), e.event_type = 'strain'),
                   countIf(e.event_type = 'heart_rate'), sumIf(toFloat64(e.value), e.event_type = 'heart_rate'),
                   10 * countIf(e.event_type = 'session') + 25 * countIf(e.event_type = 'workout') + 15 * countIf(e.event_type = 'check_in'),
                   countIf(e.event_type = 'workout'), countIf(e.event_type = 'session'), countIf(e.event_type = 'check_in')
            FROM stg_member_events AS e INNER JOIN (SELECT * FROM dim_members FINAL) AS m ON m.member_id = e.member_id
            GROUP BY m.cohort_month, toDate(e.event_time), m.plan_type, m.goal, m.acquisition_channel
            """),
        new("agg_member_lifecycle",
            """
            SELECT concat(toString(member_id), '|', toString(activity_month), '|', toString(any(cohort_month)), '|', any(plan_type)),
                   uniqExactMerge(active_days), min(first_active_date), max(last_active_date), sum(events), sum(engagement_points)
            FROM agg_member_lifecycle GROUP BY member_id, activity_month
            """,
            """
            SELECT concat(toString(e.member_id), '|', toString(toStartOfMonth(toDate(e.event_time))), '|', toString(any(m.cohort_month)), '|', any(m.plan_type)),
                   count(DISTINCT toDate(e.event_time)), min(toDate(e.event_time)), max(toDate(e.event_time)), count(),
                   10 * countIf(e.event_type = 'session') + 25 * countIf(e.event_type = 'workout') + 15 * countIf(e.event_type = 'check_in')
            FROM stg_member_events AS e INNER JOIN (SELECT * FROM dim_members FINAL) AS m ON m.member_id = e.member_id
            GROUP BY e.member_id, toStartOfMonth(toDate(e.event_time))
            """),
        new("agg_experiment_member",
            """
            SELECT concat(experiment_name, '|', variant, '|', toString(member_id), '|', period),
                   uniqExactMerge(active_days), sum(recovery_count), sum(recovery_sum), sum(sleep_count), sum(sleep_hours_sum), sum(strain_count), sum(strain_sum), sum(engagement_points)
            FROM agg_experiment_member GROUP BY experiment_name, variant, member_id, period
            """,
            """
            SELECT concat(a.experiment_name, '|', a.variant, '|', toString(e.member_id), '|', if(toDate(e.event_time) < a.assigned_date, 'pre', 'post')),
                   count(DISTINCT toDate(e.event_time)), countIf(e.event_type = 'recovery'), sumIf(toFloat64(e.value), e.event_type = 'recovery'),
                   countIf(e.event_type = 'sleep'), sumIf(toFloat64(e.value), e.event_type = 'sleep'),
                   countIf(e.event_type = 'strain'), sumIf(toFloat64(e.value), e.event_type = 'strain'),
                   10 * countIf(e.event_type = 'session') + 25 * countIf(e.event_type = 'workout') + 15 * countIf(e.event_type = 'check_in')
            FROM stg_member_events AS e INNER JOIN (SELECT * FROM dim_experiment_assignments FINAL) AS a ON a.member_id = e.member_id
            WHERE toDate(e.event_time) >= a.assigned_date - 28
            GROUP BY a.experiment_name, a.variant, e.member_id, if(toDate(e.event_time) < a.assigned_date, 'pre', 'post')
            """),
        new("agg_class_daily",
            """
            SELECT concat(toString(class_date), '|', toString(location_id), '|', toString(instructor_id), '|', class_type),
                   sum(bookings), sum(attended), sum(no_shows), sum(cancelled)
            FROM agg_class_daily GROUP BY class_date, location_id, instructor_id, class_type
            """,
            """
            SELECT concat(toString(c.class_date), '|', toString(c.location_id), '|', toString(c.instructor_id), '|', c.class_type),
                   count(), countIf(b.status = 'attended'), countIf(b.status = 'no_show'), countIf(b.status = 'cancelled')
            FROM fct_class_attendance AS b INNER JOIN (SELECT * FROM dim_classes FINAL) AS c ON c.class_id = b.class_id
            GROUP BY c.class_date, c.location_id, c.instructor_id, c.class_type
            """),
    ];

    /// <summary>Differences between each mart and its recomputation (empty when they agree); checks the marts are not empty.</summary>
    public static async Task<IReadOnlyList<string>> DifferencesAsync(ClickHouseClient client)
    {
        var differences = new List<string>();
        foreach (var pair in All)
        {
            var mart = await ReadAsync(client, pair.FromMart);
            var raw = await ReadAsync(client, pair.FromRaw);
            if (mart.Count == 0)
            {
                differences.Add($"{pair.Mart}: empty");
            }

            foreach (var (key, expected) in raw)
            {
                if (!mart.TryGetValue(key, out var actual))
                {
                    differences.Add($"{pair.Mart}: missing {key}");
                }
                else if (!expected.Zip(actual).All(p => Math.Abs(p.First - p.Second) <= 1e-6 * Math.Max(1, Math.Abs(p.First))))
                {
                    differences.Add($"{pair.Mart}: {key} raw [{string.Join(", ", expected)}] mart [{string.Join(", ", actual)}]");
                }
            }

            differences.AddRange(mart.Keys.Except(raw.Keys).Select(k => $"{pair.Mart}: extra {k}"));
        }

        return differences;
    }

    private static async Task<Dictionary<string, double[]>> ReadAsync(ClickHouseClient client, string sql)
    {
        var rows = new Dictionary<string, double[]>();
        await foreach (var row in client.QueryAsync(sql))
        {
            var values = new double[row.FieldCount - 1];
            for (var i = 1; i < row.FieldCount; i++)
            {
                values[i - 1] = row[i] is DateOnly d ? d.DayNumber : Convert.ToDouble(row[i], System.Globalization.CultureInfo.InvariantCulture);
            }

            rows.Add(row.GetString(0), values);
        }

        return rows;
    }
}
