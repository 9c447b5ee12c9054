-- The immutable event table and the member-day fact that a materialized view keeps current.
--
--   stg_member_events --mv_member_day--> fct_member_day
--
-- Segment attributes (cohort month, plan type, goal, acquisition channel) are denormalised onto each
-- event when it is written, so every downstream view groups by them without a join or dictionary.

-- Grain: one row per event. Never updated. Re-sent blocks are dropped by insert deduplication
-- (the loader sends a stable insert_deduplication_token per (day, member block) batch).
CREATE TABLE IF NOT EXISTS stg_member_events
(
    event_id            UUID,
    member_id           UInt32,
    event_time          DateTime64(3, 'UTC'),
    event_date          Date MATERIALIZED toDate(event_time),
    event_type          LowCardinality(String),
    value               Float32,
    duration_minutes    UInt16,
    cohort_month        Date,
    plan_type           LowCardinality(String),
    goal                LowCardinality(String),
    acquisition_channel LowCardinality(String),
    source              LowCardinality(String)
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(event_date)
ORDER BY (member_id, event_date, event_type, event_time)
SETTINGS non_replicated_deduplication_window = 100000
COMMENT 'grain: one row per event (heart_rate, sleep, strain, recovery, session, workout, check_in)';

-- Grain: one row per member per day once merged. Every measure is a sum over events, so a member-day
-- whose events arrive in several inserts still adds up; read through v_member_day (or GROUP BY the key).
CREATE TABLE IF NOT EXISTS fct_member_day
(
    member_id           UInt32,
    event_date          Date,
    cohort_month        SimpleAggregateFunction(any, Date),
    plan_type           SimpleAggregateFunction(any, LowCardinality(String)),
    goal                SimpleAggregateFunction(any, LowCardinality(String)),
    acquisition_channel SimpleAggregateFunction(any, LowCardinality(String)),
    events              SimpleAggregateFunction(sum, UInt64),
    recovery_count      SimpleAggregateFunction(sum, UInt64),
    recovery_sum        SimpleAggregateFunction(sum, Float64),
    recovery_sum_sq     SimpleAggregateFunction(sum, Float64),
    low_recovery_count  SimpleAggregateFunction(sum, UInt64),
    sleep_count         SimpleAggregateFunction(sum, UInt64),
    sleep_hours_sum     SimpleAggregateFunction(sum, Float64),
    sleep_hours_sum_sq  SimpleAggregateFunction(sum, Float64),
    strain_count        SimpleAggregateFunction(sum, UInt64),
    strain_sum          SimpleAggregateFunction(sum, Float64),
    strain_sum_sq       SimpleAggregateFunction(sum, Float64),
    resting_hr_count    SimpleAggregateFunction(sum, UInt64),
    resting_hr_sum      SimpleAggregateFunction(sum, Float64),
    engagement_points   SimpleAggregateFunction(sum, UInt64),
    workouts            SimpleAggregateFunction(sum, UInt64),
    workout_minutes     SimpleAggregateFunction(sum, UInt64),
    sessions            SimpleAggregateFunction(sum, UInt64),
    session_minutes     SimpleAggregateFunction(sum, UInt64),
    check_ins           SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(event_date)
ORDER BY (member_id, event_date)
SETTINGS non_replicated_deduplication_window = 100000
COMMENT 'grain: one row per member per day';

-- Engagement points: 10 per app session, 25 per workout, 15 per studio check-in.
-- sum(condition) rather than countIf: measurably cheaper on chDB 26.7, and this view runs on every insert.
-- A recovery score below 33 is a low-recovery day.
CREATE MATERIALIZED VIEW IF NOT EXISTS mv_member_day TO fct_member_day AS
SELECT
    member_id,
    event_date,
    any(cohort_month)                                              AS cohort_month,
    any(plan_type)                                                 AS plan_type,
    any(goal)                                                      AS goal,
    any(acquisition_channel)                                       AS acquisition_channel,
    count()                                                        AS events,
    sum(event_type = 'recovery')                                   AS recovery_count,
    sumIf(toFloat64(value), event_type = 'recovery')               AS recovery_sum,
    sumIf(toFloat64(value) * value, event_type = 'recovery')       AS recovery_sum_sq,
    sum(event_type = 'recovery' AND value < 33)                    AS low_recovery_count,
    sum(event_type = 'sleep')                                      AS sleep_count,
    sumIf(toFloat64(value), event_type = 'sleep')                  AS sleep_hours_sum,
    sumIf(toFloat64(value) * value, event_type = 'sleep')          AS sleep_hours_sum_sq,
    sum(event_type = 'strain')                                     AS strain_count,
    sumIf(toFloat64(value), event_type = 'strain')                 AS strain_sum,
    sumIf(toFloat64(value) * value, event_type = 'strain')         AS strain_sum_sq,
    sum(event_type = 'heart_rate')                                 AS resting_hr_count,
    sumIf(toFloat64(value), event_type = 'heart_rate')             AS resting_hr_sum,
    toUInt64(10 * sum(event_type = 'session') + 25 * sum(event_type = 'workout')
        + 15 * sum(event_type = 'check_in'))                       AS engagement_points,
    sum(event_type = 'workout')                                    AS workouts,
    sumIf(toUInt64(duration_minutes), event_type = 'workout')      AS workout_minutes,
    sum(event_type = 'session')                                    AS sessions,
    sumIf(toUInt64(duration_minutes), event_type = 'session')      AS session_minutes,
    sum(event_type = 'check_in')                                   AS check_ins
FROM stg_member_events
GROUP BY member_id, event_date;

-- The member-day fact with its partial rows combined and the derived measures computed.
CREATE VIEW IF NOT EXISTS v_member_day AS
SELECT
    member_id,
    event_date,
    any(cohort_month)                                      AS cohort_month,
    any(plan_type)                                         AS plan_type,
    any(goal)                                              AS goal,
    any(acquisition_channel)                               AS acquisition_channel,
    sum(events)                                            AS events,
    if(sum(recovery_count) = 0, NULL, sum(recovery_sum) / sum(recovery_count))       AS recovery_score,
    if(sum(sleep_count) = 0, NULL, sum(sleep_hours_sum) / sum(sleep_count))          AS sleep_hours,
    if(sum(strain_count) = 0, NULL, sum(strain_sum) / sum(strain_count))             AS strain,
    if(sum(resting_hr_count) = 0, NULL, sum(resting_hr_sum) / sum(resting_hr_count)) AS resting_heart_rate,
    sum(engagement_points)                                 AS engagement_score,
    sum(low_recovery_count) > 0                            AS low_recovery_flag,
    sum(workouts)                                          AS workouts,
    sum(sessions)                                          AS sessions,
    sum(check_ins)                                         AS check_ins
FROM fct_member_day
GROUP BY member_id, event_date;
