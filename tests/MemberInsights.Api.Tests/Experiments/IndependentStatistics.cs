namespace MemberInsights.Api.Tests.Experiments;

/// <summary>
/// The readout's statistics recomputed by hand, sharing no code with the product: two-pass moments, Welch's
/// formulas, and Student's t tail as a quadrature. With x = √ν·tan θ the density becomes ∝ cos^(ν−1) θ on
/// (−π/2, π/2), so P(|T| ≥ t) = ∫[atan(t/√ν), π/2] cos^(ν−1) / ∫[0, π/2] cos^(ν−1): a smooth integrand on a
/// finite interval that composite Simpson integrates far below 1e-9 for the degrees of freedom here (ν ≥ 10).
/// </summary>
internal static class IndependentStatistics
{
    private const int SimpsonIntervals = 20_000;

    public sealed record Welch(double MeanControl, double MeanTreatment, double SdControl, double SdTreatment,
        double Lift, double StandardError, double DegreesOfFreedom, double PValue, double Low, double High);

    public static (double Mean, double Variance) Moments(IReadOnlyList<double> values)
    {
        var mean = values.Sum() / values.Count;
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        return (mean, variance);
    }

    public static Welch Compare(IReadOnlyList<double> control, IReadOnlyList<double> treatment)
    {
        var (mc, vc) = Moments(control);
        var (mt, vt) = Moments(treatment);
        var ec = vc / control.Count;
        var et = vt / treatment.Count;
        var se = Math.Sqrt(ec + et);
        var df = (ec + et) * (ec + et) / (ec * ec / (control.Count - 1) + et * et / (treatment.Count - 1));
        var lift = mt - mc;
        var p = TwoSidedTail(Math.Abs(lift / se), df);
        var q = CriticalValue(0.05, df);
        return new Welch(mc, mt, Math.Sqrt(vc), Math.Sqrt(vt), lift, se, df, p, lift - q * se, lift + q * se);
    }

    /// <summary>P(|T| ≥ t) for Student's t with <paramref name="df"/> degrees of freedom.</summary>
    public static double TwoSidedTail(double t, double df)
    {
        var power = df - 1;
        double Density(double theta) => Math.Pow(Math.Cos(theta), power);
        return Simpson(Density, Math.Atan(t / Math.Sqrt(df)), Math.PI / 2) / Simpson(Density, 0, Math.PI / 2);
    }

    /// <summary>The t with P(|T| ≥ t) = <paramref name="alpha"/>, by bisection.</summary>
    public static double CriticalValue(double alpha, double df)
    {
        double low = 0, high = 50;
        for (var i = 0; i < 100 && high - low > 1e-14; i++)
        {
            var mid = (low + high) / 2;
            if (TwoSidedTail(mid, df) > alpha)
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

    /// <summary>P(χ²₁ ≥ x) = P(|Z| ≥ √x) = 1 − 2∫[0, √x] φ.</summary>
    public static double ChiSquareOneTail(double x) =>
        1 - 2 * Simpson(z => Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI), 0, Math.Sqrt(x));

    private static double Simpson(Func<double, double> f, double a, double b)
    {
        if (b <= a)
        {
            return 0;
        }

        var h = (b - a) / SimpsonIntervals;
        var sum = f(a) + f(b);
        for (var i = 1; i < SimpsonIntervals; i++)
        {
            sum += f(a + i * h) * (i % 2 == 1 ? 4 : 2);
        }

        return sum * h / 3;
    }
}
