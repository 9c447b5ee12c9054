namespace MemberInsights.Api.Catalog;

/// <summary>Experimentation: the statistics of a readout (per experiment and metric: baseline against release candidate).</summary>
public static partial class MetricCatalog
{
    /// <summary>Release-candidate mean minus baseline mean.</summary>
    public static readonly CatalogMetric ExperimentAbsoluteLift = Readout("experiment_absolute_lift", "the metric unit");

    /// <summary>The absolute lift as a fraction of the baseline mean.</summary>
    public static readonly CatalogMetric ExperimentRelativeLift = Readout("experiment_relative_lift", "fraction (0.02 = +2%)");

    /// <summary>Welch's two-sided p-value of the lift.</summary>
    public static readonly CatalogMetric ExperimentPValue = Readout("experiment_p_value", "probability 0-1");

    /// <summary>The CUPED-adjusted lift.</summary>
    public static readonly CatalogMetric ExperimentCupedLift = Readout("experiment_cuped_lift", "the metric unit");

    /// <summary>The chi-square check of the group sizes against the designed split.</summary>
    public static readonly CatalogMetric SampleRatioMismatch = new("sample_ratio_mismatch", "p-value 0-1", "dim_experiment_assignments")
    {
        Columns = ["experiment_name", "variant", "member_id"],
        Surfaces = [Surface.Experiments, Surface.Assistant],
        Tool = AssistantTool.ExperimentReadout,
    };

    /// <summary>Whether the release candidate significantly raises the share of low-recovery days.</summary>
    public static readonly CatalogMetric LowRecoveryGuardrail = new("low_recovery_guardrail", "fraction 0-1", "fct_member_day")
    {
        Columns = ["low_recovery_count", "recovery_count"],
        Surfaces = [Surface.Experiments, Surface.Assistant],
        Tool = AssistantTool.ExperimentReadout,
    };

    /// <summary>A statistic over the per-member values of <c>agg_experiment_member</c>.</summary>
    private static CatalogMetric Readout(string name, string unit) => new(name, unit, "agg_experiment_member")
    {
        Columns = ["experiment_name", "variant", "member_id", "period"],
        Surfaces = [Surface.Experiments, Surface.Assistant],
        Tool = AssistantTool.ExperimentReadout,
    };
}
