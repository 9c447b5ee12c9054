namespace MemberInsights.Api.Performance;

/// <summary>The member-day metrics averaged over members and days (the GraphQL <c>PerformanceMetric</c>).</summary>
public enum PerformanceMetric
{
    /// <summary>Average recovery score.</summary>
    RecoveryScore,

    /// <summary>Average sleep hours.</summary>
    SleepHours,

    /// <summary>Average day strain.</summary>
    Strain,

    /// <summary>Average resting heart rate.</summary>
    RestingHeartRate,

    /// <summary>Average engagement points per active member-day.</summary>
    EngagementScore,

    /// <summary>Share of recovery readings below 33.</summary>
    LowRecoveryRate,

    /// <summary>Average workouts per active member-day.</summary>
    Workouts,
}

/// <summary>How each metric is defined in the dictionary and computed from a mart's sums.</summary>
public static class PerformanceMetrics
{
    /// <summary>The metric's name in metric_dictionary.</summary>
    public static string DictionaryName(PerformanceMetric metric) => metric switch
    {
        PerformanceMetric.RecoveryScore => "recovery_score",
        PerformanceMetric.SleepHours => "sleep_hours",
        PerformanceMetric.Strain => "strain",
        PerformanceMetric.RestingHeartRate => "resting_heart_rate",
        PerformanceMetric.EngagementScore => "engagement_score",
        PerformanceMetric.LowRecoveryRate => "low_recovery_rate",
        PerformanceMetric.Workouts => "workouts",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>
    /// The numerator and denominator columns over the per-period sums of <see cref="PerformanceQueries"/>
    /// (recovery_sum, recovery_count, ..., member_days).
    /// </summary>
    public static (string Numerator, string Denominator) Ratio(PerformanceMetric metric) => metric switch
    {
        PerformanceMetric.RecoveryScore => ("recovery_sum", "recovery_count"),
        PerformanceMetric.SleepHours => ("sleep_hours_sum", "sleep_count"),
        PerformanceMetric.Strain => ("strain_sum", "strain_count"),
        PerformanceMetric.RestingHeartRate => ("resting_hr_sum", "resting_hr_count"),
        PerformanceMetric.EngagementScore => ("engagement_points", "member_days"),
        PerformanceMetric.LowRecoveryRate => ("low_recovery_days", "recovery_count"),
        PerformanceMetric.Workouts => ("workouts", "member_days"),
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };
}
