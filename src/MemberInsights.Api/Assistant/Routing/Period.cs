namespace MemberInsights.Api.Assistant.Routing;

/// <summary>An inclusive span of days named in a question, and how it was named.</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
/// <param name="Kind">Whether it was a day, a month, a quarter, a year or a free span.</param>
internal readonly record struct Period(DateOnly From, DateOnly To, PeriodKind Kind)
{
    /// <summary>The same period ending no later than <paramref name="asOf"/>.</summary>
    public Period ClippedTo(DateOnly asOf) => this with { To = To > asOf ? asOf : To };

    /// <summary>The calendar month holding <paramref name="day"/>.</summary>
    public static Period Month(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return new Period(first, first.AddMonths(1).AddDays(-1), PeriodKind.Month);
    }
}

/// <summary>How a period was named.</summary>
internal enum PeriodKind
{
    /// <summary>One day.</summary>
    Day,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar quarter.</summary>
    Quarter,

    /// <summary>A calendar year.</summary>
    Year,

    /// <summary>Any other span (rolling windows, from ... to ...).</summary>
    Span,
}
