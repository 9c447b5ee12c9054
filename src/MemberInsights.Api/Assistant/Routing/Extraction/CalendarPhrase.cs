using System.Globalization;

namespace MemberInsights.Api.Assistant.Routing.Extraction;

/// <summary>
/// Reads one named calendar period at a token position: an ISO day (<c>2026-03-01</c>), an ISO month
/// (<c>2026-03</c>), a month name with or without a year (<c>march</c>, <c>mar 2026</c>), a quarter
/// (<c>q3</c>, <c>q3 2025</c>) or a year (<c>2025</c>). A month or quarter without a year is the latest one
/// that has started by the as-of date.
/// </summary>
internal static class CalendarPhrase
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["september"] = 9,
        ["sep"] = 9,
        ["sept"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
    };

    private static readonly HashSet<string> MayLeads = new(StringComparer.Ordinal) { "in", "since", "from", "of", "during", "between", "and", "to", "until", "through", "for" };

    /// <summary>Reads a period at <paramref name="index"/>; <paramref name="used"/> is the number of tokens it spans.</summary>
    public static bool TryRead(QuestionText text, int index, DateOnly asOf, out Period period, out int used)
    {
        period = default;
        used = 0;
        if (index >= text.Tokens.Count || text.IsClaimed(index))
        {
            return false;
        }

        var token = text.Tokens[index];
        var year = ReadYear(text, index + 1);
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            (period, used) = (new Period(day, day, PeriodKind.Day), 1);
        }
        else if (DateOnly.TryParseExact(token + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            (period, used) = (Period.Month(month), 1);
        }
        else if (Months.TryGetValue(token, out var monthNumber) && (token != "may" || year is not null || (index > 0 && MayLeads.Contains(text.Tokens[index - 1]))))
        {
            var start = year is { } y ? new DateOnly(y, monthNumber, 1) : Latest(asOf, monthNumber);
            (period, used) = (Period.Month(start), year is null ? 1 : 2);
        }
        else if (token.Length == 2 && token[0] == 'q' && token[1] is >= '1' and <= '4')
        {
            var firstMonth = ((token[1] - '1') * 3) + 1;
            var start = year is { } y ? new DateOnly(y, firstMonth, 1) : Latest(asOf, firstMonth);
            (period, used) = (new Period(start, start.AddMonths(3).AddDays(-1), PeriodKind.Quarter), year is null ? 1 : 2);
        }
        else if (ReadYear(text, index) is { } only)
        {
            (period, used) = (new Period(new DateOnly(only, 1, 1), new DateOnly(only, 12, 31), PeriodKind.Year), 1);
        }

        return used > 0;
    }

    /// <summary>The first day of the latest <paramref name="month"/> that has started by <paramref name="asOf"/>.</summary>
    private static DateOnly Latest(DateOnly asOf, int month)
    {
        var start = new DateOnly(asOf.Year, month, 1);
        return start > asOf ? start.AddYears(-1) : start;
    }

    private static int? ReadYear(QuestionText text, int index) =>
        index < text.Tokens.Count && !text.IsClaimed(index) && text.Tokens[index].Length == 4
        && int.TryParse(text.Tokens[index], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2099
            ? year
            : null;
}
