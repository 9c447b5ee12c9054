using MemberInsights.Api.Common;

namespace MemberInsights.Api.Assistant.Answering;

/// <summary>The figures an answer quotes from a series: its periods with values, first, last, lowest and highest.</summary>
/// <param name="Periods">Periods with a value.</param>
/// <param name="First">The first period with a value.</param>
/// <param name="Last">The last period with a value.</param>
/// <param name="Lowest">The period with the lowest value.</param>
/// <param name="Highest">The period with the highest value.</param>
public sealed record SeriesSummary(int Periods, (DateOnly Date, double Value) First, (DateOnly Date, double Value) Last, (DateOnly Date, double Value) Lowest, (DateOnly Date, double Value) Highest)
{
    /// <summary>The summary of the periods with values; null when none has one.</summary>
    public static SeriesSummary? Of(IEnumerable<(DateOnly Date, double? Value)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var valued = points.Where(p => p.Value is not null).Select(p => (p.Date, Value: p.Value!.Value)).ToList();
        return valued.Count == 0
            ? null
            : new SeriesSummary(valued.Count, valued[0], valued[^1], valued.MinBy(p => p.Value), valued.MaxBy(p => p.Value));
    }

    /// <summary>"first X on D, last Y on E, lowest ..., highest ..." with <paramref name="format"/> for the values.</summary>
    public string Describe(Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return $"first {format(First.Value)} ({Wording.Day(First.Date)}), last {format(Last.Value)} ({Wording.Day(Last.Date)}), "
            + $"lowest {format(Lowest.Value)} ({Wording.Day(Lowest.Date)}), highest {format(Highest.Value)} ({Wording.Day(Highest.Date)})";
    }
}
