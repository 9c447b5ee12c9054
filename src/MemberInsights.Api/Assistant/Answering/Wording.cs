using System.Globalization;
using MemberInsights.Api.Common;

namespace MemberInsights.Api.Assistant.Answering;

/// <summary>Plain words for the parts of an answer: quantities with units, ranges, grains and segments.</summary>
public static class Wording
{
    /// <summary>A value in a dictionary unit: fractions as percentages, scores with their scale, others with the unit.</summary>
    public static string Quantity(double value, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.StartsWith("fraction", StringComparison.Ordinal) || unit is "ratio")
        {
            return (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        }

        return unit.StartsWith("score", StringComparison.Ordinal)
            ? $"{value.ToString("0.0", CultureInfo.InvariantCulture)} ({unit})"
            : $"{value.ToString("0.##", CultureInfo.InvariantCulture)} {unit}";
    }

    /// <summary>A value where its unit was already said: scores as bare numbers, others as <see cref="Quantity"/>.</summary>
    public static string Value(double value, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.StartsWith("score", StringComparison.Ordinal) ? value.ToString("0.0", CultureInfo.InvariantCulture) : Quantity(value, unit);
    }

    /// <summary>"p = 0.0312", or "p &lt; 0.0001" when smaller.</summary>
    public static string PValue(double p) => p < 0.0001 ? "p < 0.0001" : "p = " + p.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>A count, e.g. <c>1,234 members</c>.</summary>
    public static string Count(long value, string unit) => value.ToString("N0", CultureInfo.InvariantCulture) + " " + unit;

    /// <summary>"from 2026-10-02 to 2026-10-31", or "on 2026-10-30" for one day.</summary>
    public static string Range(DateRangeInput range)
    {
        ArgumentNullException.ThrowIfNull(range);
        return range.From == range.To ? $"on {Day(range.From)}" : $"from {Day(range.From)} to {Day(range.To)}";
    }

    /// <summary>"by day", "by week" or "by month".</summary>
    public static string By(Grain grain) => "by " + grain.ToString().ToLowerInvariant();

    /// <summary>A day as yyyy-MM-dd.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"all members", or e.g. "members on the annual plan, with the weight loss goal, acquired through paid social".</summary>
    public static string Segment(SegmentInput? segment)
    {
        if (segment is null || segment.IsAll)
        {
            return "all members";
        }

        var parts = new List<string>();
        if (segment.PlanTypes is { Length: > 0 } plans)
        {
            parts.Add($"on the {Or(plans)} plan");
        }

        if (segment.Goals is { Length: > 0 } goals)
        {
            parts.Add($"with the {Or(goals)} goal");
        }

        if (segment.AcquisitionChannels is { Length: > 0 } channels)
        {
            parts.Add($"acquired through {Or(channels)}");
        }

        if (segment.CohortMonths is { Length: > 0 } months)
        {
            parts.Add($"who joined in {string.Join(" or ", months.Select(m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture)))}");
        }

        return "members " + string.Join(", ", parts);
    }

    private static string Or(IEnumerable<string> names) =>
        string.Join(" or ", names.Select(n => WarehouseValues.FromGraphQLName(n).Replace('_', ' ')));
}
