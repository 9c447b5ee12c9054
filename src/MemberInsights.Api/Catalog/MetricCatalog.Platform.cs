namespace MemberInsights.Api.Catalog;

/// <summary>Platform health: pipeline runs, quality checks, freshness and the API's own requests.</summary>
public static partial class MetricCatalog
{
    /// <summary>Passed over run data-quality checks of the latest run with checks.</summary>
    public static readonly CatalogMetric QualityPassRate = new("quality_pass_rate", "fraction 0-1", "pipeline_run_log")
    {
        Columns = ["run_id", "check_name", "check_passed", "status"],
        Surfaces = [Surface.PlatformHealth, Surface.Assistant],
        Tool = AssistantTool.PlatformHealth,
    };

    /// <summary>Days from a modeled table's newest data day to today.</summary>
    public static readonly CatalogMetric FreshnessLagDays = new("freshness_lag_days", "days", "model_inventory")
    {
        Surfaces = [Surface.PlatformHealth, Surface.Assistant],
        Tool = AssistantTool.PlatformHealth,
    };

    /// <summary>The API process's request latency percentiles.</summary>
    public static readonly CatalogMetric ApiRequestLatency = new("api_request_latency", "milliseconds", InProcess)
    {
        Surfaces = [Surface.PlatformHealth, Surface.Assistant],
    };

    /// <summary>The API process's request counts.</summary>
    public static readonly CatalogMetric ApiRequests = new("api_requests", "requests", InProcess)
    {
        Surfaces = [Surface.PlatformHealth],
    };

    /// <summary>Input rows a pipeline step rejected to quarantine.</summary>
    public static readonly CatalogMetric PipelineRowsRejected = new("pipeline_rows_rejected", "rows", "pipeline_run_log")
    {
        Columns = ["rows_rejected"],
        Surfaces = [Surface.PlatformHealth],
        Tool = AssistantTool.PlatformHealth,
    };
}
