using MemberInsights.Api.Common;

namespace MemberInsights.Api.Assistant.Routing;

/// <summary>
/// Which curated function computes a governed metric (by its dictionary name). A metric the dictionary defines
/// but no function computes (e.g. stickiness) can still be defined, never computed ad hoc.
/// </summary>
internal static class MetricCapabilities
{
    private static readonly Dictionary<string, (AssistantTool Tool, Grain? Grain)> Computed = new(StringComparer.Ordinal)
    {
        ["recovery_score"] = (AssistantTool.MetricTrend, null),
        ["sleep_hours"] = (AssistantTool.MetricTrend, null),
        ["strain"] = (AssistantTool.MetricTrend, null),
        ["resting_heart_rate"] = (AssistantTool.MetricTrend, null),
        ["engagement_score"] = (AssistantTool.MetricTrend, null),
        ["low_recovery_rate"] = (AssistantTool.MetricTrend, null),
        ["workouts"] = (AssistantTool.MetricTrend, null),
        ["active_members"] = (AssistantTool.ActiveMembers, Grain.Day),
        ["daily_active_members"] = (AssistantTool.ActiveMembers, Grain.Day),
        ["weekly_active_members"] = (AssistantTool.ActiveMembers, Grain.Week),
        ["monthly_active_members"] = (AssistantTool.ActiveMembers, Grain.Month),
        ["new_members"] = (AssistantTool.NewMembers, null),
        ["retention_rate"] = (AssistantTool.RetentionMatrix, null),
        ["cohort_retention"] = (AssistantTool.RetentionMatrix, null),
        ["churn_rate"] = (AssistantTool.Churn, null),
        ["churn"] = (AssistantTool.Churn, null),
        ["experiment_absolute_lift"] = (AssistantTool.ExperimentReadout, null),
        ["experiment_relative_lift"] = (AssistantTool.ExperimentReadout, null),
        ["experiment_p_value"] = (AssistantTool.ExperimentReadout, null),
        ["experiment_cuped_lift"] = (AssistantTool.ExperimentReadout, null),
        ["sample_ratio_mismatch"] = (AssistantTool.ExperimentReadout, null),
        ["low_recovery_guardrail"] = (AssistantTool.ExperimentReadout, null),
        ["quality_pass_rate"] = (AssistantTool.PlatformHealth, null),
        ["freshness_lag_days"] = (AssistantTool.PlatformHealth, null),
        ["pipeline_rows_rejected"] = (AssistantTool.PlatformHealth, null),
    };

    private static readonly HashSet<string> ExperimentMetrics = new(StringComparer.Ordinal)
    {
        "recovery_score", "sleep_hours", "strain", "engagement_score", "low_recovery_rate",
    };

    /// <summary>
    /// The function computing <paramref name="metric"/>, and for active members the grain that counts it
    /// (DAU per day, WAU per ISO week, MAU per calendar month); null when no function does.
    /// </summary>
    public static (AssistantTool Tool, Grain? Grain)? ToolFor(string metric) =>
        Computed.TryGetValue(metric, out var tool) ? tool : null;

    /// <summary>Whether experiments can be read out on <paramref name="metric"/>.</summary>
    public static bool IsExperimentMetric(string metric) => ExperimentMetrics.Contains(metric);

    /// <summary>The metric a tool counts when the question names none (active members, new members, churn, retention).</summary>
    public static string? DefaultMetric(AssistantTool tool) => tool switch
    {
        AssistantTool.ActiveMembers => "active_members",
        AssistantTool.NewMembers => "new_members",
        AssistantTool.Churn => "churn_rate",
        AssistantTool.RetentionMatrix => "retention_rate",
        _ => null,
    };
}
