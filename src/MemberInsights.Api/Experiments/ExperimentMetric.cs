namespace MemberInsights.Api.Experiments;

/// <summary>A metric an experiment is read out on: per member, the mean over the member's days in a period.</summary>
public enum ExperimentMetric
{
    /// <summary>Recovery score (score 0-100).</summary>
    RecoveryScore,

    /// <summary>Sleep duration (hours).</summary>
    SleepHours,

    /// <summary>Day strain (0-21).</summary>
    Strain,

    /// <summary>Engagement points per active day.</summary>
    EngagementScore,

    /// <summary>Share of the member's days with recovery below 33 (fraction 0-1): the guardrail metric.</summary>
    LowRecoveryRate,
}

/// <summary>What each experiment metric means for a release: its dictionary name and which direction is better.</summary>
public static class ExperimentMetrics
{
    /// <summary>The metric's name in the metric dictionary, e.g. <c>recovery_score</c>.</summary>
    public static string DictionaryName(ExperimentMetric metric) => metric switch
    {
        ExperimentMetric.RecoveryScore => "recovery_score",
        ExperimentMetric.SleepHours => "sleep_hours",
        ExperimentMetric.Strain => "strain",
        ExperimentMetric.EngagementScore => "engagement_score",
        ExperimentMetric.LowRecoveryRate => "low_recovery_rate",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>
    /// +1 when a higher value is better for members, −1 when lower is better. Strain counts as better when
    /// higher (more training the body took on); the low-recovery guardrail catches a release that overloads.
    /// </summary>
    public static int BetterDirection(ExperimentMetric metric) => metric == ExperimentMetric.LowRecoveryRate ? -1 : 1;
}
