namespace MemberInsights.Warehouse.Quality;

/// <summary>The checks run after every load and ingest.</summary>
public static class WarehouseChecks
{
    /// <summary>Every check, in run order.</summary>
    public static IReadOnlyList<QualityCheck> All { get; } =
    [
        new("raw_vs_fact_events",
            "Every raw event is counted in the member-day fact.",
            """
            SELECT raw = fact AS passed, format('raw events {}, fact events {}', toString(raw), toString(fact)) AS details
            FROM (SELECT (SELECT count() FROM stg_member_events) AS raw, (SELECT sum(events) FROM fct_member_day) AS fact)
            """),
        new("no_future_timestamps",
            "No event is stamped in the future.",
            """
            SELECT n = 0 AS passed, format('{} events after now()', toString(n)) AS details
            FROM (SELECT count() AS n FROM stg_member_events WHERE event_time > now64(3) + INTERVAL 5 MINUTE)
            """),
        new("value_ranges",
            "Recovery 0-100, sleep 0-24 h, strain 0-21, resting heart rate 25-250 bpm.",
            """
            SELECT n = 0 AS passed, format('{} events out of range', toString(n)) AS details
            FROM (
                SELECT count() AS n FROM stg_member_events
                WHERE (event_type = 'recovery' AND NOT value BETWEEN 0 AND 100)
                   OR (event_type = 'sleep' AND NOT value BETWEEN 0 AND 24)
                   OR (event_type = 'strain' AND NOT value BETWEEN 0 AND 21)
                   OR (event_type = 'heart_rate' AND NOT value BETWEEN 25 AND 250)
                   OR isNaN(value)
            )
            """),
        new("events_reference_members",
            "Every event's member exists in dim_members.",
            """
            SELECT n = 0 AS passed, format('{} events of unknown members', toString(n)) AS details
            FROM (SELECT count() AS n FROM stg_member_events WHERE member_id NOT IN (SELECT member_id FROM dim_members))
            """),
        new("bookings_reference_classes",
            "Every booking's class exists in dim_classes.",
            """
            SELECT n = 0 AS passed, format('{} bookings of unknown classes', toString(n)) AS details
            FROM (SELECT count() AS n FROM fct_class_attendance WHERE class_id NOT IN (SELECT class_id FROM dim_classes))
            """),
        new("no_duplicate_event_ids",
            "No event id is stored twice (a duplicate always shares its partition: same event_time).",
            """
            SELECT n = 0 AS passed, format('{} duplicated event ids', toString(n)) AS details
            FROM (
                SELECT count() - uniqExact(cityHash64(event_id)) AS n FROM stg_member_events
                WHERE _partition_id = {partition:String} AND cityHash64(event_id) % {slices:UInt64} = {slice:UInt64}
            )
            """,
            PartitionsOf: "stg_member_events"),
        new("cohort_mart_vs_fact",
            "agg_cohort_daily holds the fact's member-days, recovery readings and engagement points.",
            """
            SELECT mart_days = fact_days AND mart_recovery = fact_recovery AND mart_points = fact_points AS passed,
                   format('member-days mart {} fact {}, recovery readings mart {} fact {}, points mart {} fact {}',
                          toString(mart_days), toString(fact_days), toString(mart_recovery), toString(fact_recovery),
                          toString(mart_points), toString(fact_points)) AS details
            FROM (
                SELECT
                    (SELECT sum(n) FROM (SELECT uniqExactMerge(active_members) AS n FROM agg_cohort_daily
                        GROUP BY cohort_month, event_date, plan_type, goal, acquisition_channel)) AS mart_days,
                    (SELECT count() FROM fct_member_day FINAL) AS fact_days,
                    (SELECT sum(recovery_count) FROM agg_cohort_daily) AS mart_recovery,
                    (SELECT sum(recovery_count) FROM fct_member_day) AS fact_recovery,
                    (SELECT sum(engagement_points) FROM agg_cohort_daily) AS mart_points,
                    (SELECT sum(engagement_points) FROM fct_member_day) AS fact_points
            )
            """),
        new("lifecycle_mart_vs_fact",
            "agg_member_lifecycle holds the fact's events.",
            """
            SELECT mart = fact AS passed, format('lifecycle events {}, fact events {}', toString(mart), toString(fact)) AS details
            FROM (SELECT (SELECT sum(events) FROM agg_member_lifecycle) AS mart, (SELECT sum(events) FROM fct_member_day) AS fact)
            """),
        new("class_mart_vs_bookings",
            "agg_class_daily holds every booking.",
            """
            SELECT mart = raw AS passed, format('class mart bookings {}, bookings {}', toString(mart), toString(raw)) AS details
            FROM (SELECT (SELECT sum(bookings) FROM agg_class_daily) AS mart, (SELECT count() FROM fct_class_attendance) AS raw)
            """),
    ];
}
