using System.Globalization;

namespace MemberInsights.Api.Assistant.Routing.Extraction;

/// <summary>
/// Finds the date range of a question, resolved against the data's as-of date (which plays "today"):
/// "from March to June", "between 2026-01-01 and 2026-03-31", "since March", "last 30 days", "past 3 months",
/// "last week" / "last month" (the previous calendar week or month), "past week" (the 7 days ending on the
/// as-of date), "this year", "year to date", "yesterday", "in Q3", "in March 2026", "in 2025", "on 2026-10-01".
/// Ranges end no later than the as-of date. The first range found wins.
/// </summary>
internal static class DateRangeExtractor
{
    private static readonly HashSet<string> RangeStarts = new(StringComparer.Ordinal) { "from", "between" };
    private static readonly HashSet<string> RangeJoins = new(StringComparer.Ordinal) { "to", "and", "until", "through", "till", "thru" };
    private static readonly HashSet<string> Recent = new(StringComparer.Ordinal) { "last", "past", "previous", "trailing", "recent", "prior" };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["fourteen"] = 14,
        ["eighteen"] = 18,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["sixty"] = 60,
        ["ninety"] = 90,
    };

    /// <summary>The first date range named in <paramref name="text"/>, claiming its words; null when none.</summary>
    public static Period? Extract(QuestionText text, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            if (!text.IsClaimed(i) && TryRead(text, i, asOf, out var period, out var start, out var used))
            {
                text.Claim(start, used);
                return period.ClippedTo(asOf);
            }
        }

        return null;
    }

    private static bool TryRead(QuestionText text, int i, DateOnly asOf, out Period period, out int start, out int used)
    {
        (period, start, used) = (default, i, 0);
        var token = text.Tokens[i];
        if (RangeStarts.Contains(token) && CalendarPhrase.TryRead(text, i + 1, asOf, out var first, out var firstUsed)
            && i + 1 + firstUsed < text.Tokens.Count && RangeJoins.Contains(text.Tokens[i + 1 + firstUsed])
            && CalendarPhrase.TryRead(text, i + 2 + firstUsed, asOf, out var last, out var lastUsed))
        {
            // "from October to January": the start is the October before that January.
            var from = last.From < first.From && first.Kind != PeriodKind.Day ? first.From.AddYears(-1) : first.From;
            (period, used) = (new Period(from, last.To, PeriodKind.Span), 2 + firstUsed + lastUsed);
            return true;
        }

        if (token is "since" && CalendarPhrase.TryRead(text, i + 1, asOf, out var since, out var sinceUsed))
        {
            (period, used) = (new Period(since.From, asOf, PeriodKind.Span), 1 + sinceUsed);
            return true;
        }

        if (Recent.Contains(token))
        {
            return TryReadRecent(text, i, asOf, out period, out used);
        }

        if (token is "this" or "current" && i + 1 < text.Tokens.Count && Unit(text.Tokens[i + 1]) is { } unit && unit != "day")
        {
            (period, used) = (new Period(PeriodStart(asOf, unit), asOf, PeriodKind.Span), 2);
            return true;
        }

        if (token is "ytd" || Phrase(text, i, "year to date"))
        {
            (period, used) = (new Period(new DateOnly(asOf.Year, 1, 1), asOf, PeriodKind.Span), token is "ytd" ? 1 : 3);
            return true;
        }

        if (token is "mtd" || Phrase(text, i, "month to date"))
        {
            (period, used) = (new Period(new DateOnly(asOf.Year, asOf.Month, 1), asOf, PeriodKind.Span), token is "mtd" ? 1 : 3);
            return true;
        }

        if (token is "yesterday" or "today")
        {
            var day = token is "today" ? asOf : asOf.AddDays(-1);
            (period, used) = (new Period(day, day, PeriodKind.Day), 1);
            return true;
        }

        return CalendarPhrase.TryRead(text, i, asOf, out period, out used);
    }

    /// <summary>"last 30 days", "past 3 months" (rolling, ending on the as-of date); "last week"/"last month" (the previous calendar period).</summary>
    private static bool TryReadRecent(QuestionText text, int i, DateOnly asOf, out Period period, out int used)
    {
        (period, used) = (default, 0);
        var next = i + 1 < text.Tokens.Count ? text.Tokens[i + 1] : "";
        if (Count(next) is { } count && i + 2 < text.Tokens.Count && Unit(text.Tokens[i + 2]) is { } unit)
        {
            (period, used) = (new Period(RollingStart(asOf, unit, count), asOf, PeriodKind.Span), 3);
            return true;
        }

        if (Unit(next) is not { } single)
        {
            return false;
        }

        if (text.Tokens[i] == "past" || single == "day")
        {
            (period, used) = single == "day"
                ? (new Period(asOf.AddDays(-1), asOf.AddDays(-1), PeriodKind.Day), 2)
                : (new Period(RollingStart(asOf, single, 1), asOf, PeriodKind.Span), 2);
            return true;
        }

        var currentStart = PeriodStart(asOf, single);
        var previousStart = single switch
        {
            "week" => currentStart.AddDays(-7),
            "month" => currentStart.AddMonths(-1),
            "quarter" => currentStart.AddMonths(-3),
            _ => currentStart.AddYears(-1),
        };
        (period, used) = (new Period(previousStart, currentStart.AddDays(-1), PeriodKind.Span), 2);
        return true;
    }

    private static DateOnly RollingStart(DateOnly asOf, string unit, int count) => unit switch
    {
        "day" => asOf.AddDays(1 - count),
        "week" => asOf.AddDays(1 - (7 * count)),
        "month" => asOf.AddMonths(-count).AddDays(1),
        "quarter" => asOf.AddMonths(-3 * count).AddDays(1),
        _ => asOf.AddYears(-count).AddDays(1),
    };

    private static DateOnly PeriodStart(DateOnly asOf, string unit) => unit switch
    {
        "week" => asOf.AddDays(-(((int)asOf.DayOfWeek + 6) % 7)),
        "month" => new DateOnly(asOf.Year, asOf.Month, 1),
        "quarter" => new DateOnly(asOf.Year, (((asOf.Month - 1) / 3) * 3) + 1, 1),
        "year" => new DateOnly(asOf.Year, 1, 1),
        _ => asOf,
    };

    private static string? Unit(string token) => token switch
    {
        "day" or "days" => "day",
        "week" or "weeks" => "week",
        "month" or "months" => "month",
        "quarter" or "quarters" => "quarter",
        "year" or "years" => "year",
        _ => null,
    };

    private static int? Count(string token) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 3660 ? n
        : NumberWords.TryGetValue(token, out var word) ? word
        : null;

    private static bool Phrase(QuestionText text, int i, string phrase)
    {
        var words = QuestionText.Tokenize(phrase);
        return text.Find(words, from: i) == i;
    }
}
