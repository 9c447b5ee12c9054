namespace MemberInsights.Api.Assistant.Routing.Extraction;

/// <summary>
/// Finds a cohort (members by the month they joined): "the March 2026 cohort", "the 2026-03 cohort",
/// "cohort of March", "cohorts from January to June", "members who joined in March", "signed up in Q3".
/// Runs before the date extractor, so that the cohort's month is not read as the question's date range.
/// </summary>
internal static class CohortExtractor
{
    private static readonly string[][] JoinVerbs =
        [["joined"], ["join"], ["joining"], ["signed", "up"], ["sign", "up"], ["started"], ["onboarded"], ["acquired"]];

    private static readonly HashSet<string> Linkers = new(StringComparer.Ordinal) { "in", "during", "on", "of", "from", "for", "since" };

    /// <summary>The cohort named in <paramref name="text"/>, claiming its words; null when none.</summary>
    public static CohortMention? Extract(QuestionText text, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            if (text.IsClaimed(i))
            {
                continue;
            }

            if (text.Tokens[i] is "cohort" or "cohorts")
            {
                if (ReadAfter(text, i, 1, asOf, joined: false) is { } after)
                {
                    return after;
                }

                if (ReadBefore(text, i, asOf) is { } before)
                {
                    return before;
                }
            }

            foreach (var verb in JoinVerbs)
            {
                if (text.Find(verb, from: i) == i && ReadAfter(text, i, verb.Length, asOf, joined: true) is { } joined)
                {
                    return joined;
                }
            }
        }

        return null;
    }

    /// <summary>"cohort of March", "cohorts from January to June", "joined in March 2026".</summary>
    private static CohortMention? ReadAfter(QuestionText text, int i, int keywordLength, DateOnly asOf, bool joined)
    {
        var at = i + keywordLength;
        var linked = at < text.Tokens.Count && Linkers.Contains(text.Tokens[at]);
        var since = linked && text.Tokens[at] == "since";
        var between = at < text.Tokens.Count && text.Tokens[at] == "between";
        at += linked || between ? 1 : 0;
        if (!CalendarPhrase.TryRead(text, at, asOf, out var first, out var used))
        {
            return null;
        }

        var last = since ? Period.Month(asOf) : first;
        var end = at + used;
        if (end + 1 < text.Tokens.Count && text.Tokens[end] is "to" or "and" or "until" or "through"
            && CalendarPhrase.TryRead(text, end + 1, asOf, out var second, out var secondUsed))
        {
            last = second;
            end += 1 + secondUsed;
        }

        text.Claim(i, end - i);
        return CohortMention.Of(first.From, last.To, joined);
    }

    /// <summary>"the March 2026 cohort", "the 2026-03 cohort", "march cohort".</summary>
    private static CohortMention? ReadBefore(QuestionText text, int i, DateOnly asOf)
    {
        for (var start = Math.Max(0, i - 2); start < i; start++)
        {
            if (CalendarPhrase.TryRead(text, start, asOf, out var period, out var used) && start + used == i)
            {
                text.Claim(start, used + 1);
                return CohortMention.Of(period.From, period.To, joined: false);
            }
        }

        return null;
    }
}

/// <summary>A cohort named in a question: the months its members joined in.</summary>
/// <param name="Months">First days of the cohort months, in order.</param>
/// <param name="Joined">Named by joining ("members who joined in March") rather than as a cohort.</param>
internal sealed record CohortMention(IReadOnlyList<DateOnly> Months, bool Joined)
{
    /// <summary>The cohort months overlapping [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static CohortMention Of(DateOnly from, DateOnly to, bool joined)
    {
        var months = new List<DateOnly>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        return new CohortMention(months, joined);
    }
}
