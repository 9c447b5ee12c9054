-- Governed metric definitions. The API reads names, formulas and caveats from here, never from
-- strings in resolvers. A new definition version is a new row with a higher version.

-- Grain: one row per metric (the highest version wins on merge; read with FINAL).
CREATE TABLE IF NOT EXISTS metric_dictionary
(
    name         String,
    display_name String,
    description  String,
    formula      String,
    grain        String,
    unit         LowCardinality(String),
    owner        LowCardinality(String),
    source_table String,
    caveats      String,
    synonyms     Array(String),
    surfaces     Array(String),
    version      UInt32
)
ENGINE = ReplacingMergeTree(version)
ORDER BY name
COMMENT 'grain: one row per governed metric';

INSERT INTO metric_dictionary (name, display_name, description, formula, grain, unit, owner, source_table, caveats, synonyms, surfaces, version) VALUES
('recovery_score', 'Recovery', 'Daily recovery score from the wearable: readiness to take on strain.', 'sum(recovery_sum) / sum(recovery_count)', 'member-day, averaged over member-days', 'score 0-100', 'data-science', 'fct_member_day', 'One recovery reading per member-day is expected; a day without a reading is excluded, not zero.', ['recovery', 'readiness', 'recovery rate'], ['metrics', 'cohorts', 'experiments'], 1),
('sleep_hours', 'Sleep hours', 'Hours of sleep recorded for the night ending on the date.', 'sum(sleep_hours_sum) / sum(sleep_count)', 'member-day, averaged over member-days', 'hours', 'data-science', 'fct_member_day', 'Nights without the wearable on are missing, not zero.', ['sleep', 'sleep duration', 'hours slept'], ['metrics', 'cohorts', 'experiments'], 1),
('strain', 'Strain', 'Daily cardiovascular load on the 0-21 strain scale.', 'sum(strain_sum) / sum(strain_count)', 'member-day, averaged over member-days', 'score 0-21', 'data-science', 'fct_member_day', 'Logarithmic scale: averages understate hard days.', ['load', 'exertion', 'training load'], ['metrics', 'cohorts', 'experiments'], 1),
('resting_heart_rate', 'Resting heart rate', 'Resting heart rate measured during sleep.', 'sum(resting_hr_sum) / sum(resting_hr_count)', 'member-day, averaged over member-days', 'bpm', 'data-science', 'fct_member_day', 'Lower is generally better, but illness and travel move it.', ['rhr', 'resting hr', 'heart rate'], ['metrics', 'cohorts'], 1),
('engagement_score', 'Engagement score', 'App and studio engagement points: 10 per app session, 25 per workout, 15 per studio check-in.', '10 * sessions + 25 * workouts + 15 * check_ins, averaged over active member-days', 'member-day', 'points', 'product-analytics', 'fct_member_day', 'Not capped; a very active day can exceed 100.', ['engagement', 'activity score'], ['metrics', 'cohorts', 'experiments'], 1),
('low_recovery_rate', 'Low-recovery rate', 'Share of member-days with a recovery score below 33.', 'sum(low_recovery_days) / sum(recovery_count)', 'member-day', 'ratio', 'data-science', 'agg_cohort_daily', 'Counts recovery readings below 33, one per member-day.', ['low recovery', 'red recovery days'], ['metrics', 'cohorts'], 1),
('active_members', 'Daily active members (DAU)', 'Members with at least one event on the date.', 'uniqExactMerge(active_members) per date', 'date', 'members', 'product-analytics', 'agg_cohort_daily', 'Any event counts as activity, including passive wearable telemetry.', ['dau', 'daily active users', 'active users'], ['metrics', 'cohorts'], 1),
('weekly_active_members', 'Weekly active members (WAU)', 'Distinct members with at least one event in the 7 days ending on the date.', 'count(DISTINCT member_id) over a trailing 7-day window', 'date', 'members', 'product-analytics', 'agg_member_lifecycle', 'Not additive across days or segments.', ['wau', 'weekly active users'], ['metrics'], 1),
('monthly_active_members', 'Monthly active members (MAU)', 'Distinct members with at least one event in the calendar month.', 'count(DISTINCT member_id) per activity_month', 'month', 'members', 'product-analytics', 'agg_member_lifecycle', 'Calendar month, not a trailing 30 days.', ['mau', 'monthly active users'], ['metrics', 'lifecycle'], 1),
('stickiness', 'Stickiness (DAU/MAU)', 'Average daily active members divided by monthly active members.', 'avg(DAU over the month) / MAU', 'month', 'ratio', 'product-analytics', 'agg_cohort_daily', 'Sensitive to month length.', ['dau/mau'], ['metrics'], 1),
('new_members', 'New members', 'Members whose joined date falls in the period.', 'count() FROM dim_members FINAL by joined_date', 'month', 'members', 'growth', 'dim_members', 'Counts sign-ups, not first activity.', ['sign-ups', 'signups', 'acquisitions'], ['metrics', 'lifecycle'], 1),
('retention_rate', 'Retention', 'Share of a cohort active in month N after joining.', 'active members of cohort in month N / cohort size', 'cohort month x months since join', 'ratio', 'growth', 'agg_member_lifecycle', 'Uses activity, not subscription status; resurrected members count as retained.', ['retention', 'cohort retention'], ['retention', 'cohorts'], 1),
('churn_rate', 'Churn', 'Share of members active last month who are not active this month.', '1 - retained members / members active in the previous month', 'month', 'ratio', 'growth', 'agg_member_lifecycle', 'Activity-based churn; billing churn lives in dim_members.status.', ['churn', 'attrition'], ['retention', 'lifecycle'], 1),
('resurrected_members', 'Resurrected members', 'Members active this month after at least one inactive month since their first activity.', 'members active in month M, not in M-1, and active before M-1', 'month', 'members', 'growth', 'agg_member_lifecycle', 'A member dormant for a single month counts as resurrected on return.', ['reactivated', 'returning after a break'], ['lifecycle'], 1),
('workouts', 'Workouts', 'Recorded workouts.', 'sum(workouts)', 'member-day', 'count', 'product-analytics', 'fct_member_day', 'Auto-detected and manually logged workouts both count.', ['training sessions', 'exercise'], ['metrics', 'cohorts'], 1),
('sessions', 'App sessions', 'App sessions opened.', 'sum(sessions)', 'member-day', 'count', 'product-analytics', 'fct_member_day', 'Background syncs are not sessions.', ['app opens', 'visits'], ['metrics', 'cohorts'], 1),
('check_ins', 'Studio check-ins', 'Check-ins at a studio class.', 'sum(check_ins)', 'member-day', 'count', 'studio-operations', 'fct_member_day', 'Matches attended bookings in fct_class_attendance.', ['studio visits', 'class check-ins'], ['metrics', 'studio'], 1),
('class_attendance_rate', 'Class attendance rate', 'Share of bookings that were attended.', 'sum(attended) / sum(bookings)', 'class', 'ratio', 'studio-operations', 'agg_class_daily', 'Cancelled bookings stay in the denominator.', ['attendance', 'show rate'], ['studio'], 1),
('class_no_show_rate', 'Class no-show rate', 'Share of bookings neither attended nor cancelled.', 'sum(no_shows) / sum(bookings)', 'class', 'ratio', 'studio-operations', 'agg_class_daily', 'Late cancellations count as cancellations.', ['no-shows', 'no show rate'], ['studio'], 1),
('class_utilisation', 'Class utilisation', 'Attended places divided by capacity.', 'sum(attended) / sum(capacity)', 'class', 'ratio', 'studio-operations', 'dim_classes', 'Capacity is the scheduled capacity, not the room size.', ['fill rate', 'occupancy'], ['studio'], 1);
