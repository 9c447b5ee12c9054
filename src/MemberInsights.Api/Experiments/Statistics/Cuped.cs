namespace MemberInsights.Api.Experiments.Statistics;

/// <summary>
/// Per-group sufficient statistics of each member's pre-assignment value X and post-assignment value Y:
/// what CUPED needs, and what the experiment mart can aggregate.
/// </summary>
public readonly record struct PairedMoments(
    long Count, double SumPre, double SumPost, double SumPreSquares, double SumPostSquares, double SumPrePost)
{
    /// <summary>Adds two groups' moments (the pooled sample).</summary>
    public static PairedMoments operator +(PairedMoments a, PairedMoments b) => new(
        a.Count + b.Count, a.SumPre + b.SumPre, a.SumPost + b.SumPost,
        a.SumPreSquares + b.SumPreSquares, a.SumPostSquares + b.SumPostSquares, a.SumPrePost + b.SumPrePost);

    /// <summary>Moments of explicit (pre, post) pairs.</summary>
    public static PairedMoments FromPairs(IEnumerable<(double Pre, double Post)> pairs)
    {
        var moments = default(PairedMoments);
        foreach (var (pre, post) in pairs)
        {
            moments = moments + new PairedMoments(1, pre, post, pre * pre, post * post, pre * post);
        }

        return moments;
    }

    internal double MeanPre => SumPre / Count;

    internal double MeanPost => SumPost / Count;

    internal double VariancePre => (SumPreSquares - SumPre * MeanPre) / (Count - 1);

    internal double VariancePost => (SumPostSquares - SumPost * MeanPost) / (Count - 1);

    internal double Covariance => (SumPrePost - SumPre * MeanPost) / (Count - 1);
}

/// <summary>The CUPED-adjusted comparison and how much variance the pre-period explained.</summary>
/// <param name="Theta">θ = cov(X, Y) / var(X) over the pooled sample.</param>
/// <param name="VarianceReduction">1 − adjusted variance / raw variance of the treatment-minus-control difference.</param>
/// <param name="Comparison">Welch's test on the adjusted values.</param>
public sealed record CupedResult(double Theta, double VarianceReduction, MeanComparison Comparison);

/// <summary>
/// CUPED (Deng, Xu, Kohavi and Walker, 2013): Y′ = Y − θ(X − X̄) with X a member's pre-assignment mean,
/// which removes the part of Y's variance that the pre-period predicts without biasing the lift.
/// </summary>
public static class Cuped
{
    /// <summary>Compares CUPED-adjusted post-period means of treatment and control.</summary>
    public static CupedResult Compare(PairedMoments control, PairedMoments treatment, double confidenceLevel = 0.95)
    {
        var pooled = control + treatment;
        var theta = pooled.VariancePre == 0 ? 0 : pooled.Covariance / pooled.VariancePre;
        var poolMeanPre = pooled.MeanPre;

        var adjustedControl = Adjust(control, theta, poolMeanPre);
        var adjustedTreatment = Adjust(treatment, theta, poolMeanPre);
        var comparison = WelchTTest.Compare(adjustedControl, adjustedTreatment, confidenceLevel);

        var rawError = control.VariancePost / control.Count + treatment.VariancePost / treatment.Count;
        var adjustedError = adjustedControl.SquaredStandardError + adjustedTreatment.SquaredStandardError;
        var reduction = rawError == 0 ? 0 : 1 - adjustedError / rawError;
        return new CupedResult(theta, reduction, comparison);
    }

    private static SampleSummary Adjust(PairedMoments group, double theta, double poolMeanPre)
    {
        var mean = group.MeanPost - theta * (group.MeanPre - poolMeanPre);
        var variance = group.VariancePost + theta * theta * group.VariancePre - 2 * theta * group.Covariance;
        return new SampleSummary(group.Count, mean, Math.Max(0, variance));
    }
}
