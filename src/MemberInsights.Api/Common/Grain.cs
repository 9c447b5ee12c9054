namespace MemberInsights.Api.Common;

/// <summary>The length of one period of a time series (the GraphQL <c>Grain</c>).</summary>
public enum Grain
{
    /// <summary>One calendar day.</summary>
    Day,

    /// <summary>One ISO week starting on Monday.</summary>
    Week,

    /// <summary>One calendar month.</summary>
    Month,
}

/// <summary>Periods of a grain: their first days, in C# and in ClickHouse SQL, so that series can be gap-filled.</summary>
public static class Periods
{
    /// <summary>The first day of the period holding <paramref name="date"/>.</summary>
    public static DateOnly Start(DateOnly date, Grain grain) => grain switch
    {
        Grain.Day => date,
        Grain.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        Grain.Month => new DateOnly(date.Year, date.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(grain), grain, null),
    };

    /// <summary>The first day of the period after the one starting on <paramref name="start"/>.</summary>
    public static DateOnly Next(DateOnly start, Grain grain) => grain switch
    {
        Grain.Day => start.AddDays(1),
        Grain.Week => start.AddDays(7),
        Grain.Month => start.AddMonths(1),
        _ => throw new ArgumentOutOfRangeException(nameof(grain), grain, null),
    };

    /// <summary>The first day of every period overlapping the range, in order.</summary>
    public static IReadOnlyList<DateOnly> Covering(DateRangeInput range, Grain grain)
    {
        ArgumentNullException.ThrowIfNull(range);
        var starts = new List<DateOnly>();
        for (var start = Start(range.From, grain); start <= range.To; start = Next(start, grain))
        {
            starts.Add(start);
        }

        return starts;
    }

    /// <summary>The ClickHouse expression truncating the Date <paramref name="column"/> to its period's first day.</summary>
    public static string Sql(string column, Grain grain) => grain switch
    {
        Grain.Day => column,
        Grain.Week => $"toMonday({column})",
        Grain.Month => $"toStartOfMonth({column})",
        _ => throw new ArgumentOutOfRangeException(nameof(grain), grain, null),
    };

    /// <summary>
    /// One value per period of the range, in order: the value found for the period's first day, else
    /// <paramref name="missing"/> (an explicit gap: zero for counts, null for measures).
    /// </summary>
    public static IReadOnlyList<TPoint> Fill<TValue, TPoint>(
        DateRangeInput range, Grain grain, IReadOnlyDictionary<DateOnly, TValue> found, Func<DateOnly, TValue?, TPoint> point, TValue? missing = default)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(point);
        return Covering(range, grain).Select(start => point(start, found.TryGetValue(start, out var value) ? value : missing)).ToList();
    }
}
