namespace MemberInsights.Api.Catalog;

/// <summary>Performance signals: member-day measures from the wearable and the app.</summary>
public static partial class MetricCatalog
{
    /// <summary>Recovery score.</summary>
    public static readonly CatalogMetric RecoveryScore = new("recovery_score", "score 0-100", "fct_member_day")
    {
        Columns = ["recovery_sum", "recovery_count"],
        Surfaces = [Surface.Performance, Surface.Experiments, Surface.Assistant],
        Tool = AssistantTool.MetricTrend,
        EnumValue = "RECOVERY_SCORE",
        Performance = new("recovery_sum", "recovery_count"),
        Experiment = new MemberMeans(MartAggregate.Sum("recovery_sum"), MartAggregate.Sum("recovery_count")),
    };

    /// <summary>Sleep hours.</summary>
    public static readonly CatalogMetric SleepHours = new("sleep_hours", "hours", "fct_member_day")
    {
        Columns = ["sleep_hours_sum", "sleep_count"],
        Surfaces = [Surface.Performance, Surface.Experiments, Surface.Assistant],
        Tool = AssistantTool.MetricTrend,
        EnumValue = "SLEEP_HOURS",
        Performance = new("sleep_hours_sum", "sleep_count"),
        Experiment = new MemberMeans(MartAggregate.Sum("sleep_hours_sum"), MartAggregate.Sum("sleep_count")),
    };

    /// <summary>Day strain. Higher counts as better (more training taken on); the low-recovery guardrail catches a release that overloads.</summary>
    public static readonly CatalogMetric Strain = new("strain", "score 0-21", "fct_member_day")
    {
        Columns = ["strain_sum", "strain_count"],
        Surfaces = [Surface.Performance, Surface.Experiments, Surface.Assistant],
        Tool = AssistantTool.MetricTrend,
        EnumValue = "STRAIN",
        Performance = new("strain_sum", "strain_count"),
        Experiment = new MemberMeans(MartAggregate.Sum("strain_sum"), MartAggregate.Sum("strain_count")),
    };

    /// <summary>Resting heart rate.</summary>
    public static readonly CatalogMetric RestingHeartRate = new("resting_heart_rate", "beats per minute", "fct_member_day")
    {
        Columns = ["resting_hr_sum", "resting_hr_count"],
        Surfaces = [Surface.Performance, Surface.Assistant],
        Tool = AssistantTool.MetricTrend,
        EnumValue = "RESTING_HEART_RATE",
        Performance = new("resting_hr_sum", "resting_hr_count"),
    };

    /// <summary>Engagement points per active member-day (in experiments: per day with any event).</summary>
    public static readonly CatalogMetric EngagementScore = new("engagement_score", "points", "fct_member_day")
    {
        Columns = ["engagement_points"],
        Surfaces = [Surface.Performance, Surface.Experiments, Surface.Assistant],
        Tool = AssistantTool.MetricTrend,
        EnumValue = "ENGAGEMENT_SCORE",
        Performance = new("engagement_points", PerformanceMeasure.MemberDays),
        Experiment = new MemberMeans(MartAggregate.Sum("engagement_points"), MartAggregate.Distinct("active_days")),
    };

    /// <summary>Share of recovery readings below 33: the experiments' guardrail metric, where lower is better.</summary>
    public static readonly CatalogMetric LowRecoveryRate = new("low_recovery_rate", "fraction 0-1", "agg_cohort_daily")
    {
        Columns = ["low_recovery_days", "recovery_count"],
        Surfaces = [Surface.Performance, Surface.Experiments, Surface.Assistant],
        Tool = AssistantTool.MetricTrend,
        EnumValue = "LOW_RECOVERY_RATE",
        Performance = new("low_recovery_days", "recovery_count"),
        Experiment = new MemberDayShare("low_recovery_count", "recovery_count", BetterDirection: -1),
    };

    /// <summary>Workouts per active member-day.</summary>
    public static readonly CatalogMetric Workouts = new("workouts", "workouts", "fct_member_day")
    {
        Columns = ["workouts"],
        Surfaces = [Surface.Performance, Surface.Assistant],
        Tool = AssistantTool.MetricTrend,
        EnumValue = "WORKOUTS",
        Performance = new("workouts", PerformanceMeasure.MemberDays),
    };

    /// <summary>App sessions (a member's days, and in the engagement score).</summary>
    public static readonly CatalogMetric Sessions = new("sessions", "sessions", "fct_member_day")
    {
        Columns = ["sessions"],
        Surfaces = [Surface.Performance],
    };

    /// <summary>Studio check-ins (a member's days, and in the engagement score).</summary>
    public static readonly CatalogMetric CheckIns = new("check_ins", "check-ins", "fct_member_day")
    {
        Columns = ["check_ins"],
        Surfaces = [Surface.Performance],
    };
}
