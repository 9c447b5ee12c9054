namespace MemberInsights.Api.Experiments.Statistics;

/// <summary>The size, mean and unbiased sample variance of one group's metric values.</summary>
public readonly record struct SampleSummary(long Count, double Mean, double Variance)
{
    /// <summary>Builds the summary from a count, a sum and a sum of squares (the mart's sufficient statistics).</summary>
    public static SampleSummary FromMoments(long count, double sum, double sumOfSquares)
    {
        if (count <= 0)
        {
            return new SampleSummary(0, double.NaN, double.NaN);
        }

        var mean = sum / count;
        var variance = count > 1 ? Math.Max(0, (sumOfSquares - sum * mean) / (count - 1)) : double.NaN;
        return new SampleSummary(count, mean, variance);
    }

    /// <summary>Builds the summary from individual values (two-pass, for tests and small samples).</summary>
    public static SampleSummary FromValues(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return new SampleSummary(0, double.NaN, double.NaN);
        }

        double sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        var mean = sum / values.Count;
        double squares = 0;
        foreach (var value in values)
        {
            squares += (value - mean) * (value - mean);
        }

        return new SampleSummary(values.Count, mean, values.Count > 1 ? squares / (values.Count - 1) : double.NaN);
    }

    /// <summary>The squared standard error of the mean, s² / n.</summary>
    public double SquaredStandardError => Variance / Count;
}
