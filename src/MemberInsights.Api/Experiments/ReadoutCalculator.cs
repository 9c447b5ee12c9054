using MemberInsights.Api.Catalog;
using MemberInsights.Api.Experiments.Statistics;

namespace MemberInsights.Api.Experiments;

/// <summary>The readout of an experiment metric from per-member outcomes: Welch, CUPED, SRM, guardrail and the decision.</summary>
public static class ReadoutCalculator
{
    /// <summary>The confidence level of every interval.</summary>
    public const double ConfidenceLevel = 0.95;

    /// <summary>The significance level of the lift and the guardrail tests.</summary>
    public const double Alpha = 0.05;

    /// <summary>Computes the readout.</summary>
    /// <param name="experiment">The experiment with its assigned group sizes (for the sample-ratio check).</param>
    /// <param name="metric">The metric read out.</param>
    /// <param name="definition">The metric's governed definition.</param>
    /// <param name="outcomes">Per-member pre/post values of the metric.</param>
    /// <param name="lowRecovery">Per-member pre/post shares of low-recovery days (the guardrail).</param>
    /// <exception cref="InsufficientExperimentDataException">A group has fewer than two members with a post-assignment value.</exception>
    public static ExperimentReadout Compute(
        ExperimentSummary experiment,
        CatalogMetric metric,
        MetricDefinition definition,
        IReadOnlyList<MemberOutcome> outcomes,
        IReadOnlyList<MemberOutcome> lowRecovery)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(definition);
        var baseline = PostValues(experiment, outcomes, Variant.Baseline, definition.DisplayName);
        var candidate = PostValues(experiment, outcomes, Variant.ReleaseCandidate, definition.DisplayName);
        var comparison = WelchTTest.Compare(baseline, candidate, ConfidenceLevel);

        var srm = SampleRatioMismatch.Check(
            [experiment.MembersOf(Variant.Baseline), experiment.MembersOf(Variant.ReleaseCandidate)], [1, 1]);
        var sampleRatio = new SampleRatio(srm.ChiSquare, srm.PValue, srm.IsMismatch);
        var guardrail = GuardrailOf(experiment, lowRecovery);
        var cuped = CupedOf(outcomes);

        var readout = new ExperimentReadout(
            experiment.Name,
            metric,
            definition,
            Describe(baseline),
            Describe(candidate),
            comparison.AbsoluteLift,
            double.IsFinite(comparison.RelativeLift) ? comparison.RelativeLift : null,
            new ConfidenceInterval(comparison.ConfidenceLow, comparison.ConfidenceHigh, ConfidenceLevel),
            comparison.PValue,
            comparison.DegreesOfFreedom,
            cuped,
            sampleRatio,
            guardrail,
            new Decision(Recommendation.KeepRunning, []));
        return readout with { Decision = DecisionRules.Decide(readout) };
    }

    private static SampleSummary PostValues(ExperimentSummary experiment, IReadOnlyList<MemberOutcome> outcomes, Variant variant, string what)
    {
        var values = outcomes.Where(o => o.Variant == variant && o.Post is not null).Select(o => o.Post!.Value).ToList();
        return values.Count >= 2
            ? SampleSummary.FromValues(values)
            : throw new InsufficientExperimentDataException(
                $"{experiment.Name}: the {(variant == Variant.Baseline ? "baseline" : "release-candidate")} group has {values.Count} member(s) with a post-assignment {what} value; a readout needs at least 2 per group.");
    }

    private static Guardrail GuardrailOf(ExperimentSummary experiment, IReadOnlyList<MemberOutcome> lowRecovery)
    {
        var baseline = PostValues(experiment, lowRecovery, Variant.Baseline, "low-recovery");
        var candidate = PostValues(experiment, lowRecovery, Variant.ReleaseCandidate, "low-recovery");
        var comparison = WelchTTest.Compare(baseline, candidate, ConfidenceLevel);
        return new Guardrail(
            baseline.Mean, candidate.Mean, comparison.AbsoluteLift, comparison.PValue,
            comparison.AbsoluteLift > 0 && comparison.PValue < Alpha);
    }

    /// <summary>CUPED over the members with both periods; null when either group has fewer than two of them.</summary>
    private static CupedAdjustment? CupedOf(IReadOnlyList<MemberOutcome> outcomes)
    {
        var paired = outcomes.Where(o => o.Pre is not null && o.Post is not null).ToList();
        var baseline = paired.Where(o => o.Variant == Variant.Baseline).Select(o => (o.Pre!.Value, o.Post!.Value)).ToList();
        var candidate = paired.Where(o => o.Variant == Variant.ReleaseCandidate).Select(o => (o.Pre!.Value, o.Post!.Value)).ToList();
        if (baseline.Count < 2 || candidate.Count < 2)
        {
            return null;
        }

        var result = Cuped.Compare(PairedMoments.FromPairs(baseline), PairedMoments.FromPairs(candidate), ConfidenceLevel);
        var comparison = result.Comparison;
        return new CupedAdjustment(
            result.Theta,
            comparison.AbsoluteLift,
            new ConfidenceInterval(comparison.ConfidenceLow, comparison.ConfidenceHigh, ConfidenceLevel),
            comparison.PValue,
            result.VarianceReduction,
            paired.Count);
    }

    private static GroupStatistics Describe(SampleSummary summary) => new(summary.Count, summary.Mean, Math.Sqrt(summary.Variance));
}

/// <summary>An experiment has too few members with data for a readout yet.</summary>
public sealed class InsufficientExperimentDataException(string message) : InvalidOperationException(message);
