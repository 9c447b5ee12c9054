using MemberInsights.Api.Experiments.Statistics;

namespace MemberInsights.Api.Tests.Experiments;

/// <summary>
/// Expected values come from Experiments/statistics_reference.py, which computes the same tests at
/// 50 significant digits with mpmath; the tolerance is the product's bound, 1e-9.
/// </summary>
public sealed class StatisticsTests
{
    private const double Tolerance = 1e-9;

    private static readonly double[] Control = [61.5, 70.25, 58.0, 66.75, 72.5, 63.0, 59.25, 68.0, 64.5, 71.0, 55.5, 67.25];
    private static readonly double[] Treatment = [66.0, 74.5, 63.25, 69.0, 77.75, 65.5, 70.0, 72.25, 68.5, 75.0, 62.0, 71.5, 69.75];
    private static readonly double[] ControlPre = [60.0, 68.0, 57.5, 65.0, 71.0, 62.5, 58.0, 66.5, 63.0, 70.0, 54.0, 66.0];
    private static readonly double[] TreatmentPre = [62.0, 70.5, 60.0, 64.5, 73.0, 61.0, 66.0, 68.5, 65.0, 71.5, 58.5, 67.0, 66.5];

    [Fact]
    public void Welch_matches_the_high_precision_reference()
    {
        var result = WelchTTest.Compare(SampleSummary.FromValues(Control), SampleSummary.FromValues(Treatment));

        AssertClose(4.8237179487179487179, result.AbsoluteLift);
        AssertClose(0.074449666089537472174, result.RelativeLift);
        AssertClose(2.0320960908488969871, result.StandardError);
        AssertClose(21.776594980904664836, result.DegreesOfFreedom);
        AssertClose(2.3737646907744736736, result.TStatistic);
        AssertClose(0.026860507142560777926, result.PValue);
        AssertClose(0.60690048388637341492, result.ConfidenceLow);
        AssertClose(9.040535413549524021, result.ConfidenceHigh);
    }

    [Fact]
    public void Summaries_from_sums_equal_summaries_from_values()
    {
        double sum = 0, squares = 0;
        foreach (var value in Treatment)
        {
            sum += value;
            squares += value * value;
        }

        var fromMoments = SampleSummary.FromMoments(Treatment.Length, sum, squares);
        var fromValues = SampleSummary.FromValues(Treatment);

        Assert.Equal(fromValues.Count, fromMoments.Count);
        AssertClose(fromValues.Mean, fromMoments.Mean);
        AssertClose(fromValues.Variance, fromMoments.Variance);
    }

    [Fact]
    public void Welch_on_identical_groups_has_no_lift_and_p_value_one()
    {
        var summary = SampleSummary.FromValues(Control);
        var result = WelchTTest.Compare(summary, summary);

        Assert.Equal(0, result.AbsoluteLift);
        AssertClose(1, result.PValue);
        AssertClose(-result.ConfidenceHigh, result.ConfidenceLow);
    }

    [Fact]
    public void Welch_refuses_groups_too_small_to_have_a_variance()
    {
        var one = new SampleSummary(1, 60, double.NaN);
        Assert.Throws<ArgumentException>(() => WelchTTest.Compare(one, SampleSummary.FromValues(Control)));
    }

    [Theory]
    [InlineData(5000, 5000, 0.0, 1.0)]
    [InlineData(5100, 4900, 4.0, 0.045500263896358414401)]
    [InlineData(5210, 4790, 17.64, 0.000026691498031812676706)]
    public void Sample_ratio_mismatch_of_two_groups_matches_the_reference(long a, long b, double chiSquare, double pValue)
    {
        var check = SampleRatioMismatch.Check([a, b], [1, 1]);

        AssertClose(chiSquare, check.ChiSquare);
        AssertClose(pValue, check.PValue);
        Assert.Equal(1, check.DegreesOfFreedom);
        Assert.Equal(pValue < SampleRatioMismatch.DefaultThreshold, check.IsMismatch);
    }

    [Fact]
    public void Sample_ratio_mismatch_of_three_groups_uses_two_degrees_of_freedom()
    {
        var check = SampleRatioMismatch.Check([1000, 1040, 930], [1, 1, 1]);

        AssertClose(6.2626262626262626263, check.ChiSquare);
        AssertClose(0.043660427719346179988, check.PValue);
        Assert.Equal(2, check.DegreesOfFreedom);
        Assert.False(check.IsMismatch);
    }

    [Fact]
    public void Cuped_matches_the_high_precision_reference()
    {
        var control = PairedMoments.FromPairs(ControlPre.Zip(Control));
        var treatment = PairedMoments.FromPairs(TreatmentPre.Zip(Treatment));

        var result = Cuped.Compare(control, treatment);

        AssertClose(1.0887792422883168863, result.Theta);
        AssertClose(2.3914130388623177251, result.Comparison.AbsoluteLift);
        AssertClose(0.22780724966790611983, result.Comparison.StandardError);
        AssertClose(22.756453946521250615, result.Comparison.DegreesOfFreedom);
        AssertClose(10.497528249642988157, result.Comparison.TStatistic);
        AssertClose(3.4142349215232103812e-10, result.Comparison.PValue);
        AssertClose(1.9198786047541762474, result.Comparison.ConfidenceLow);
        AssertClose(2.8629474729704592028, result.Comparison.ConfidenceHigh);
    }

    [Fact]
    public void Cuped_with_a_pre_period_that_predicts_the_outcome_reduces_variance()
    {
        var control = PairedMoments.FromPairs(ControlPre.Zip(Control));
        var treatment = PairedMoments.FromPairs(TreatmentPre.Zip(Treatment));

        var result = Cuped.Compare(control, treatment);
        var raw = WelchTTest.Compare(SampleSummary.FromValues(Control), SampleSummary.FromValues(Treatment));

        Assert.InRange(result.VarianceReduction, 0.9, 1.0);
        Assert.True(result.Comparison.StandardError < raw.StandardError);
    }

    [Fact]
    public void The_t_tail_converges_and_falls_with_t_over_the_range_of_real_readouts()
    {
        foreach (var df in new[] { 2.5, 10.0, 37.3, 106.48, 1_000.0, 9_999.5, 250_000.0 })
        {
            var previous = 1.0;
            for (var t = 0.0; t <= 40; t += 0.37)
            {
                var p = StudentT.TwoSidedPValue(t, df);
                Assert.InRange(p, 0, previous);
                previous = p;
            }

            var critical = StudentT.Quantile(0.975, df);
            AssertClose(0.05, StudentT.TwoSidedPValue(critical, df));
        }
    }

    [Fact]
    public void The_chi_square_tail_converges_for_large_and_small_statistics()
    {
        foreach (var chiSquare in new[] { 1e-6, 0.5, 1.4, 3.0, 10.83, 60.0, 400.0 })
        {
            var p = SampleRatioMismatch.Check([10_000 + (long)Math.Round(Math.Sqrt(chiSquare * 10_000)), 10_000 - (long)Math.Round(Math.Sqrt(chiSquare * 10_000))], [1, 1]).PValue;
            Assert.InRange(p, 0, 1);
        }
    }

    private static void AssertClose(double expected, double actual)
    {
        var scale = Math.Max(1, Math.Abs(expected));
        Assert.True(
            Math.Abs(expected - actual) <= Tolerance * scale,
            $"expected {expected:R}, got {actual:R} (difference {Math.Abs(expected - actual):E3})");
    }
}
