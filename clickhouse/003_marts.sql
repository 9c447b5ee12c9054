-- Marts kept current from the member-day fact by chained materialized views.
--
--   fct_member_day --mv_cohort_daily------> agg_cohort_daily
--                  --mv_member_lifecycle--> agg_member_lifecycle
--                  --mv_experiment_daily--> agg_experiment_summary   (joined to dim_experiment_assignments)
--                  --mv_experiment_member-> agg_experiment_member    (joined to dim_experiment_assignments)
--
-- A chained view sees the block inserted into fct_member_day (partial member-day rows of this insert),
-- never merged rows. So every mart column is either a sum of per-event sums, or an exact distinct-count
-- state (uniqExact) that does not double-count a member-day split across inserts.
--
-- Every view target carries a deduplication window too: on a re-sent source block (same
-- insert_deduplication_token) ClickHouse 25+ still pushes the block through the views and drops it
-- at each target by a token derived from the source's, so a target without a window would double-count.

-- Grain: one row per cohort month x date x plan type x goal x acquisition channel (once merged).
CREATE TABLE IF NOT EXISTS agg_cohort_daily
(
    cohort_month        Date,
    event_date          Date,
    plan_type           LowCardinality(String),
    goal                LowCardinality(String),
    acquisition_channel LowCardinality(String),
    active_members      AggregateFunction(uniqExact, UInt32),
    recovery_count      SimpleAggregateFunction(sum, UInt64),
    recovery_sum        SimpleAggregateFunction(sum, Float64),
    low_recovery_days   SimpleAggregateFunction(sum, UInt64),
    sleep_count         SimpleAggregateFunction(sum, UInt64),
    sleep_hours_sum     SimpleAggregateFunction(sum, Float64),
    strain_count        SimpleAggregateFunction(sum, UInt64),
    strain_sum          SimpleAggregateFunction(sum, Float64),
    resting_hr_count    SimpleAggregateFunction(sum, UInt64),
    resting_hr_sum      SimpleAggregateFunction(sum, Float64),
    engagement_points   SimpleAggregateFunction(sum, UInt64),
    workouts            SimpleAggregateFunction(sum, UInt64),
    sessions            SimpleAggregateFunction(sum, UInt64),
    check_ins           SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYear(event_date)
ORDER BY (cohort_month, event_date, plan_type, goal, acquisition_channel)
SETTINGS non_replicated_deduplication_window = 100000
COMMENT 'grain: one row per cohort month, date and segment (plan type, goal, acquisition channel)';

CREATE MATERIALIZED VIEW IF NOT EXISTS mv_cohort_daily TO agg_cohort_daily AS
SELECT
    cohort_month, event_date, plan_type, goal, acquisition_channel,
    uniqExactState(member_id) AS active_members,
    sum(recovery_count)       AS recovery_count,
    sum(recovery_sum)         AS recovery_sum,
    sum(low_recovery_count)   AS low_recovery_days,
    sum(sleep_count)          AS sleep_count,
    sum(sleep_hours_sum)      AS sleep_hours_sum,
    sum(strain_count)         AS strain_count,
    sum(strain_sum)           AS strain_sum,
    sum(resting_hr_count)     AS resting_hr_count,
    sum(resting_hr_sum)       AS resting_hr_sum,
    sum(engagement_points)    AS engagement_points,
    sum(workouts)             AS workouts,
    sum(sessions)             AS sessions,
    sum(check_ins)            AS check_ins
FROM fct_member_day
GROUP BY cohort_month, event_date, plan_type, goal, acquisition_channel;

-- Grain: one row per member per calendar month with activity (once merged). Enough to classify a
-- member-month as new, returning, resurrected or dormant and to build retention curves.
CREATE TABLE IF NOT EXISTS agg_member_lifecycle
(
    member_id         UInt32,
    activity_month    Date,
    cohort_month      SimpleAggregateFunction(any, Date),
    plan_type         SimpleAggregateFunction(any, LowCardinality(String)),
    active_days       AggregateFunction(uniqExact, Date),
    first_active_date SimpleAggregateFunction(min, Date),
    last_active_date  SimpleAggregateFunction(max, Date),
    events            SimpleAggregateFunction(sum, UInt64),
    engagement_points SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
ORDER BY (member_id, activity_month)
SETTINGS non_replicated_deduplication_window = 100000
COMMENT 'grain: one row per member per active calendar month';

CREATE MATERIALIZED VIEW IF NOT EXISTS mv_member_lifecycle TO agg_member_lifecycle AS
SELECT
    member_id,
    toStartOfMonth(event_date) AS activity_month,
    any(cohort_month)          AS cohort_month,
    any(plan_type)             AS plan_type,
    uniqExactState(event_date) AS active_days,
    min(event_date)            AS first_active_date,
    max(event_date)            AS last_active_date,
    sum(events)                AS events,
    sum(engagement_points)     AS engagement_points
FROM fct_member_day
GROUP BY member_id, activity_month;

-- Grain: one row per experiment x variant x date x period (pre = the 28 days before assignment,
-- post = from the assignment date on).
-- Count, sum and sum of squares per metric give means and variances for Welch's t-test.
CREATE TABLE IF NOT EXISTS agg_experiment_summary
(
    experiment_name   LowCardinality(String),
    variant           LowCardinality(String),
    event_date        Date,
    period            LowCardinality(String),
    members           AggregateFunction(uniqExact, UInt32),
    recovery_count    SimpleAggregateFunction(sum, UInt64),
    recovery_sum      SimpleAggregateFunction(sum, Float64),
    recovery_sum_sq   SimpleAggregateFunction(sum, Float64),
    sleep_count       SimpleAggregateFunction(sum, UInt64),
    sleep_hours_sum   SimpleAggregateFunction(sum, Float64),
    sleep_hours_sum_sq SimpleAggregateFunction(sum, Float64),
    strain_count      SimpleAggregateFunction(sum, UInt64),
    strain_sum        SimpleAggregateFunction(sum, Float64),
    strain_sum_sq     SimpleAggregateFunction(sum, Float64),
    engagement_points SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
ORDER BY (experiment_name, variant, event_date, period)
SETTINGS non_replicated_deduplication_window = 100000
COMMENT 'grain: one row per experiment, variant, date and period (pre or post assignment)';

CREATE MATERIALIZED VIEW IF NOT EXISTS mv_experiment_daily TO agg_experiment_summary AS
SELECT
    a.experiment_name                                         AS experiment_name,
    a.variant                                                 AS variant,
    f.event_date                                              AS event_date,
    if(f.event_date < a.assigned_date, 'pre', 'post')         AS period,
    uniqExactState(f.member_id)                               AS members,
    sum(f.recovery_count)                                     AS recovery_count,
    sum(f.recovery_sum)                                       AS recovery_sum,
    sum(f.recovery_sum_sq)                                    AS recovery_sum_sq,
    sum(f.sleep_count)                                        AS sleep_count,
    sum(f.sleep_hours_sum)                                    AS sleep_hours_sum,
    sum(f.sleep_hours_sum_sq)                                 AS sleep_hours_sum_sq,
    sum(f.strain_count)                                       AS strain_count,
    sum(f.strain_sum)                                         AS strain_sum,
    sum(f.strain_sum_sq)                                      AS strain_sum_sq,
    sum(f.engagement_points)                                  AS engagement_points
FROM fct_member_day AS f
INNER JOIN
(
    -- Collapsed per member, so a not-yet-merged duplicate assignment row cannot double-count.
    SELECT experiment_name, member_id, any(variant) AS variant, any(assigned_date) AS assigned_date
    FROM dim_experiment_assignments
    GROUP BY experiment_name, member_id
) AS a ON a.member_id = f.member_id
WHERE f.event_date >= a.assigned_date - 28
GROUP BY experiment_name, variant, event_date, period;

-- Grain: one row per experiment x variant x member x period (once merged): the per-member pre- and
-- post-assignment means that CUPED (pre = the 28 days before assignment) and member-level Welch tests need.
CREATE TABLE IF NOT EXISTS agg_experiment_member
(
    experiment_name   LowCardinality(String),
    variant           LowCardinality(String),
    member_id         UInt32,
    period            LowCardinality(String),
    active_days       AggregateFunction(uniqExact, Date),
    recovery_count    SimpleAggregateFunction(sum, UInt64),
    recovery_sum      SimpleAggregateFunction(sum, Float64),
    sleep_count       SimpleAggregateFunction(sum, UInt64),
    sleep_hours_sum   SimpleAggregateFunction(sum, Float64),
    strain_count      SimpleAggregateFunction(sum, UInt64),
    strain_sum        SimpleAggregateFunction(sum, Float64),
    engagement_points SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
ORDER BY (experiment_name, variant, member_id, period)
SETTINGS non_replicated_deduplication_window = 100000
COMMENT 'grain: one row per experiment, variant, member and period (pre or post assignment)';

CREATE MATERIALIZED VIEW IF NOT EXISTS mv_experiment_member TO agg_experiment_member AS
SELECT
    a.experiment_name                                 AS experiment_name,
    a.variant                                         AS variant,
    f.member_id                                       AS member_id,
    if(f.event_date < a.assigned_date, 'pre', 'post') AS period,
    uniqExactState(f.event_date)                      AS active_days,
    sum(f.recovery_count)                             AS recovery_count,
    sum(f.recovery_sum)                               AS recovery_sum,
    sum(f.sleep_count)                                AS sleep_count,
    sum(f.sleep_hours_sum)                            AS sleep_hours_sum,
    sum(f.strain_count)                               AS strain_count,
    sum(f.strain_sum)                                 AS strain_sum,
    sum(f.engagement_points)                          AS engagement_points
FROM fct_member_day AS f
INNER JOIN
(
    -- Collapsed per member, so a not-yet-merged duplicate assignment row cannot double-count.
    SELECT experiment_name, member_id, any(variant) AS variant, any(assigned_date) AS assigned_date
    FROM dim_experiment_assignments
    GROUP BY experiment_name, member_id
) AS a ON a.member_id = f.member_id
WHERE f.event_date >= a.assigned_date - 28
GROUP BY experiment_name, variant, member_id, period;
