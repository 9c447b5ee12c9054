using MemberInsights.Api.Common;

namespace MemberInsights.Api.Catalog;

/// <summary>Growth and retention: sign-ups, activity, retention, subscriptions and lifecycle states.</summary>
public static partial class MetricCatalog
{
    /// <summary>Members who joined per period.</summary>
    public static readonly CatalogMetric NewMembers = new("new_members", "members", "dim_members")
    {
        Columns = ["joined_date"],
        Surfaces = [Surface.Growth, Surface.Assistant],
        Tool = AssistantTool.NewMembers,
    };

    /// <summary>Daily active members (DAU).</summary>
    public static readonly CatalogMetric ActiveMembers = new("active_members", "members", "agg_cohort_daily")
    {
        Columns = ["active_members"],
        Surfaces = [Surface.Growth, Surface.Performance, Surface.Assistant],
        Tool = AssistantTool.ActiveMembers,
        CountedPer = Grain.Day,
    };

    /// <summary>Weekly active members (WAU), per ISO week.</summary>
    public static readonly CatalogMetric WeeklyActiveMembers = new("weekly_active_members", "members", "agg_cohort_daily")
    {
        Columns = ["active_members"],
        Surfaces = [Surface.Growth, Surface.Assistant],
        Tool = AssistantTool.ActiveMembers,
        CountedPer = Grain.Week,
    };

    /// <summary>Monthly active members (MAU), per calendar month.</summary>
    public static readonly CatalogMetric MonthlyActiveMembers = new("monthly_active_members", "members", "agg_cohort_daily")
    {
        Columns = ["active_members"],
        Surfaces = [Surface.Growth, Surface.Assistant],
        Tool = AssistantTool.ActiveMembers,
        CountedPer = Grain.Month,
    };

    /// <summary>DAU/MAU: defined, not computed by any surface yet.</summary>
    public static readonly CatalogMetric Stickiness = new("stickiness", "fraction 0-1", "agg_cohort_daily");

    /// <summary>Cohort retention (the retention matrix).</summary>
    public static readonly CatalogMetric RetentionRate = new("retention_rate", "fraction 0-1", "agg_member_lifecycle")
    {
        Columns = ["member_id", "activity_month"],
        Surfaces = [Surface.Growth, Surface.Assistant],
        Tool = AssistantTool.RetentionMatrix,
    };

    /// <summary>Day-N retention (the retention curve).</summary>
    public static readonly CatalogMetric DayNRetention = new("day_n_retention", "fraction 0-1", "fct_member_day")
    {
        Columns = ["member_id", "event_date"],
        Surfaces = [Surface.Growth, Surface.Assistant],
    };

    /// <summary>30-day retention per period of joining.</summary>
    public static readonly CatalogMetric ThirtyDayRetention = new("thirty_day_retention", "fraction 0-1", "agg_member_lifecycle")
    {
        Columns = ["member_id", "last_active_date"],
        Surfaces = [Surface.Growth, Surface.Assistant],
    };

    /// <summary>Members still subscribed at the end of a period among those subscribed at its start.</summary>
    public static readonly CatalogMetric SubscriptionContinuity = new("subscription_continuity", "fraction 0-1", "dim_members")
    {
        Columns = ["joined_date", "churned_date", "reactivated_date"],
        Surfaces = [Surface.Growth, Surface.Assistant],
    };

    /// <summary>Billing churn.</summary>
    public static readonly CatalogMetric ChurnRate = new("churn_rate", "fraction 0-1", "dim_members")
    {
        Columns = ["joined_date", "churned_date", "reactivated_date"],
        Surfaces = [Surface.Growth, Surface.Assistant],
        Tool = AssistantTool.Churn,
    };

    /// <summary>Lifecycle: active members who joined in the period.</summary>
    public static readonly CatalogMetric LifecycleNewMembers = new("lifecycle_new_members", "members", "agg_member_lifecycle")
    {
        Columns = ["member_id", "activity_month"],
        Surfaces = [Surface.Growth],
    };

    /// <summary>Lifecycle: active in the period and the previous one.</summary>
    public static readonly CatalogMetric ReturningMembers = new("returning_members", "members", "agg_member_lifecycle")
    {
        Columns = ["member_id", "activity_month"],
        Surfaces = [Surface.Growth, Surface.Assistant],
    };

    /// <summary>Lifecycle: active again after an inactive period.</summary>
    public static readonly CatalogMetric ResurrectedMembers = new("resurrected_members", "members", "agg_member_lifecycle")
    {
        Columns = ["member_id", "activity_month"],
        Surfaces = [Surface.Growth, Surface.Assistant],
    };

    /// <summary>Lifecycle: active in the previous period, not in this one.</summary>
    public static readonly CatalogMetric DormantMembers = new("dormant_members", "members", "agg_member_lifecycle")
    {
        Columns = ["member_id", "activity_month"],
        Surfaces = [Surface.Growth, Surface.Assistant],
    };
}
