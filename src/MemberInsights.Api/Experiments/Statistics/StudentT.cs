namespace MemberInsights.Api.Experiments.Statistics;

/// <summary>Student's t distribution with a real (Welch–Satterthwaite) number of degrees of freedom.</summary>
internal static class StudentT
{
    /// <summary>P(|T| ≥ |t|): the two-sided tail probability.</summary>
    public static double TwoSidedPValue(double t, double degreesOfFreedom)
    {
        if (double.IsNaN(t))
        {
            return double.NaN;
        }

        if (double.IsInfinity(t))
        {
            return 0;
        }

        return SpecialFunctions.RegularizedIncompleteBeta(
            degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5);
    }

    /// <summary>The cumulative distribution function P(T ≤ t).</summary>
    public static double Cdf(double t, double degreesOfFreedom)
    {
        var tail = TwoSidedPValue(t, degreesOfFreedom) / 2;
        return t >= 0 ? 1 - tail : tail;
    }

    /// <summary>The quantile: the t with P(T ≤ t) = p, for 0 &lt; p &lt; 1.</summary>
    public static double Quantile(double p, double degreesOfFreedom)
    {
        if (p is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must be strictly between 0 and 1.");
        }

        if (p < 0.5)
        {
            return -Quantile(1 - p, degreesOfFreedom);
        }

        // The CDF is monotone: bracket the root, then bisect to machine precision.
        double low = 0, high = 1;
        while (Cdf(high, degreesOfFreedom) < p)
        {
            low = high;
            high *= 2;
        }

        for (var i = 0; i < 200 && high - low > 1e-15 * Math.Max(1, high); i++)
        {
            var mid = (low + high) / 2;
            if (Cdf(mid, degreesOfFreedom) < p)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return (low + high) / 2;
    }
}
