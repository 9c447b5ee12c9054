namespace MemberInsights.Api.Experiments.Statistics;

/// <summary>The outcome of comparing a treatment mean with a control mean.</summary>
/// <param name="AbsoluteLift">Treatment mean minus control mean, in the metric's unit.</param>
/// <param name="RelativeLift">The absolute lift divided by the control mean (0.02 = +2%); NaN when the control mean is 0.</param>
/// <param name="StandardError">The Welch standard error of the difference.</param>
/// <param name="DegreesOfFreedom">The Welch–Satterthwaite degrees of freedom.</param>
/// <param name="TStatistic">The difference divided by its standard error.</param>
/// <param name="PValue">The two-sided p-value.</param>
/// <param name="ConfidenceLow">Lower bound of the confidence interval of the absolute lift.</param>
/// <param name="ConfidenceHigh">Upper bound of the confidence interval of the absolute lift.</param>
public sealed record MeanComparison(
    double AbsoluteLift,
    double RelativeLift,
    double StandardError,
    double DegreesOfFreedom,
    double TStatistic,
    double PValue,
    double ConfidenceLow,
    double ConfidenceHigh);

/// <summary>Welch's unequal-variances t-test with a Welch–Satterthwaite confidence interval.</summary>
public static class WelchTTest
{
    /// <summary>Compares <paramref name="treatment"/> with <paramref name="control"/>.</summary>
    /// <param name="control">The baseline group.</param>
    /// <param name="treatment">The release-candidate group.</param>
    /// <param name="confidenceLevel">The two-sided confidence level of the interval, 0.95 by default.</param>
    public static MeanComparison Compare(SampleSummary control, SampleSummary treatment, double confidenceLevel = 0.95)
    {
        if (control.Count < 2 || treatment.Count < 2)
        {
            throw new ArgumentException("Welch's t-test needs at least two members in each group.");
        }

        var difference = treatment.Mean - control.Mean;
        var relative = control.Mean == 0 ? double.NaN : difference / control.Mean;
        var controlTerm = control.SquaredStandardError;
        var treatmentTerm = treatment.SquaredStandardError;
        var squaredError = controlTerm + treatmentTerm;
        var standardError = Math.Sqrt(squaredError);

        if (standardError == 0)
        {
            // Both groups are constant: the difference is exact.
            var p = difference == 0 ? 1 : 0;
            return new MeanComparison(difference, relative, 0, double.PositiveInfinity, difference == 0 ? 0 : Math.Sign(difference) * double.PositiveInfinity, p, difference, difference);
        }

        var degrees = squaredError * squaredError /
            (controlTerm * controlTerm / (control.Count - 1) + treatmentTerm * treatmentTerm / (treatment.Count - 1));
        var t = difference / standardError;
        var pValue = StudentT.TwoSidedPValue(t, degrees);
        var critical = StudentT.Quantile(1 - (1 - confidenceLevel) / 2, degrees);
        return new MeanComparison(
            difference, relative, standardError, degrees, t, pValue,
            difference - critical * standardError, difference + critical * standardError);
    }
}
