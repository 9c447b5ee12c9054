namespace MemberInsights.Api.Experiments.Statistics;

/// <summary>The result of a sample-ratio-mismatch check.</summary>
/// <param name="ChiSquare">Pearson's chi-square statistic.</param>
/// <param name="DegreesOfFreedom">Groups minus one.</param>
/// <param name="PValue">The probability of a split at least this uneven if assignment worked as designed.</param>
/// <param name="IsMismatch">True when the p-value is below the alarm threshold.</param>
public sealed record SampleRatioCheck(double ChiSquare, int DegreesOfFreedom, double PValue, bool IsMismatch);

/// <summary>
/// Sample-ratio mismatch: a chi-square goodness-of-fit test of the observed group sizes against the
/// designed split. A mismatch means assignment or logging is broken and the readout is not trustworthy.
/// </summary>
public static class SampleRatioMismatch
{
    /// <summary>The p-value below which a split is flagged (0.001, as GrowthBook and Statsig use).</summary>
    public const double DefaultThreshold = 0.001;

    /// <summary>Tests observed counts against expected weights (for example 1:1).</summary>
    public static SampleRatioCheck Check(IReadOnlyList<long> observed, IReadOnlyList<double> expectedWeights, double threshold = DefaultThreshold)
    {
        if (observed.Count != expectedWeights.Count || observed.Count < 2)
        {
            throw new ArgumentException("Give one expected weight per group, for at least two groups.");
        }

        double total = 0, weightTotal = 0;
        for (var i = 0; i < observed.Count; i++)
        {
            total += observed[i];
            weightTotal += expectedWeights[i];
        }

        if (total == 0)
        {
            return new SampleRatioCheck(0, observed.Count - 1, 1, false);
        }

        double chiSquare = 0;
        for (var i = 0; i < observed.Count; i++)
        {
            var expected = total * expectedWeights[i] / weightTotal;
            var deviation = observed[i] - expected;
            chiSquare += deviation * deviation / expected;
        }

        var degrees = observed.Count - 1;
        var pValue = SpecialFunctions.RegularizedUpperGamma(degrees / 2.0, chiSquare / 2);
        return new SampleRatioCheck(chiSquare, degrees, pValue, pValue < threshold);
    }
}
