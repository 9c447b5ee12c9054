namespace MemberInsights.Api.Catalog;

/// <summary>The assistant's curated analytical functions (the GraphQL <c>AssistantTool</c>).</summary>
public enum AssistantTool
{
    /// <summary>A performance metric over time (PerformanceQueries.SeriesAsync).</summary>
    MetricTrend,

    /// <summary>Distinct active members over time (GrowthQueries.ActiveMembersAsync).</summary>
    ActiveMembers,

    /// <summary>Members who joined per period (GrowthQueries.NewMembersAsync).</summary>
    NewMembers,

    /// <summary>The cohort retention matrix (GrowthQueries.RetentionMatrixAsync).</summary>
    RetentionMatrix,

    /// <summary>Churn per period (GrowthQueries.ChurnAsync).</summary>
    Churn,

    /// <summary>An experiment readout (ExperimentReadouts.ReadoutAsync).</summary>
    ExperimentReadout,

    /// <summary>A governed metric definition (MetricDictionary.FindAsync).</summary>
    MetricDefinition,

    /// <summary>A summary of platform health (HealthQueries.SnapshotAsync).</summary>
    PlatformHealth,
}
