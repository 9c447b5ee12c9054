using MemberInsights.Api.Catalog;

namespace MemberInsights.Api.Experiments;

/// <summary>An experiment readout on one metric: the comparison, its checks and the decision.</summary>
/// <param name="Experiment">The experiment's name.</param>
/// <param name="Metric">The metric read out.</param>
/// <param name="Definition">The governed definition of the metric.</param>
/// <param name="Baseline">Statistics of the baseline group's per-member values.</param>
/// <param name="ReleaseCandidate">Statistics of the release-candidate group's per-member values.</param>
/// <param name="AbsoluteLift">Release-candidate mean minus baseline mean, in the metric's unit.</param>
/// <param name="RelativeLift">The absolute lift as a fraction of the baseline mean; null when the baseline mean is 0.</param>
/// <param name="ConfidenceInterval">The 95% Welch–Satterthwaite interval of the absolute lift.</param>
/// <param name="PValue">Two-sided p-value of Welch's t-test.</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite degrees of freedom.</param>
/// <param name="Cuped">The CUPED-adjusted comparison; null when fewer than two members per group have a pre-period value.</param>
/// <param name="SampleRatio">The sample-ratio-mismatch check of the assigned group sizes.</param>
/// <param name="Guardrail">The low-recovery guardrail.</param>
/// <param name="Decision">The recommendation and its reasons.</param>
public sealed record ExperimentReadout(
    string Experiment,
    CatalogMetric Metric,
    MetricDefinition Definition,
    GroupStatistics Baseline,
    GroupStatistics ReleaseCandidate,
    double AbsoluteLift,
    double? RelativeLift,
    ConfidenceInterval ConfidenceInterval,
    double PValue,
    double DegreesOfFreedom,
    CupedAdjustment? Cuped,
    SampleRatio SampleRatio,
    Guardrail Guardrail,
    Decision Decision);

/// <summary>Size, mean and sample standard deviation of one group's per-member values.</summary>
public sealed record GroupStatistics(long Members, double Mean, double StandardDeviation);

/// <summary>A two-sided confidence interval.</summary>
public sealed record ConfidenceInterval(double Low, double High, double Level);

/// <summary>
/// The CUPED-adjusted comparison over the members with both a pre-period (the 28 days before assignment) and a
/// post-period value; members without pre-period data are left out of this comparison only, never imputed.
/// </summary>
/// <param name="Theta">θ = cov(pre, post) / var(pre) pooled over both groups.</param>
/// <param name="AbsoluteLift">Adjusted absolute lift, in the metric's unit.</param>
/// <param name="ConfidenceInterval">Adjusted 95% confidence interval.</param>
/// <param name="PValue">Two-sided p-value of Welch's t-test on the adjusted values.</param>
/// <param name="VarianceReduction">Share of the lift's variance removed by the adjustment.</param>
/// <param name="Members">Members in the adjusted comparison (both groups).</param>
public sealed record CupedAdjustment(double Theta, double AbsoluteLift, ConfidenceInterval ConfidenceInterval, double PValue, double VarianceReduction, long Members);

/// <summary>The sample-ratio-mismatch check against the designed 50/50 split.</summary>
public sealed record SampleRatio(double ChiSquare, double PValue, bool Mismatch);

/// <summary>The low-recovery guardrail: per-member shares of low-recovery days after assignment.</summary>
public sealed record Guardrail(double BaselineRate, double ReleaseCandidateRate, double Difference, double PValue, bool Breached);

/// <summary>A release recommendation (the GraphQL <c>Recommendation</c>).</summary>
public enum Recommendation
{
    /// <summary>The release significantly improves the metric and passes every check.</summary>
    Ship,

    /// <summary>Not enough evidence either way yet.</summary>
    KeepRunning,

    /// <summary>The release significantly hurts the metric or breaches the guardrail.</summary>
    RollBack,

    /// <summary>The sample ratio is off: fix assignment before reading the results.</summary>
    Investigate,
}

/// <summary>What to do with the release, and why in plain words.</summary>
public sealed record Decision(Recommendation Recommendation, IReadOnlyList<string> Reasons);
