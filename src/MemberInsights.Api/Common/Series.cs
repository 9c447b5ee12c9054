namespace MemberInsights.Api.Common;

/// <summary>One period of a count series (members or events); a period without any is present with 0.</summary>
public sealed record CountPoint(DateOnly Date, long Value);

/// <summary>One period of a measured series: the value in the metric's unit (null when no member contributed) and the members behind it.</summary>
public sealed record MeasurePoint(DateOnly Date, double? Value, long Members);

/// <summary>One period of a rate series: numerator / denominator, null when the denominator is 0.</summary>
public sealed record RatePoint(DateOnly Date, double? Value, long Numerator, long Denominator)
{
    /// <summary>The point of <paramref name="numerator"/> over <paramref name="denominator"/>.</summary>
    public static RatePoint Of(DateOnly date, long numerator, long denominator) =>
        new(date, denominator == 0 ? null : (double)numerator / denominator, numerator, denominator);
}
