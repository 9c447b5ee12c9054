using MemberInsights.Api.Common;

namespace MemberInsights.Api.Assistant.Routing.Extraction;

/// <summary>
/// Finds the period length of a series: "daily", "by week", "per month", "week over week". Runs after the
/// metric extractor, so that "weekly active members" is the WAU metric, not a weekly grain.
/// </summary>
internal static class GrainExtractor
{
    private static readonly (Grain Grain, string[] Phrases)[] Grains =
    [
        (Grain.Day, ["daily", "by day", "per day", "each day", "every day", "day by day", "day over day"]),
        (Grain.Week, ["weekly", "by week", "per week", "each week", "every week", "week by week", "week over week"]),
        (Grain.Month, ["monthly", "by month", "per month", "each month", "every month", "month by month", "month over month"]),
    ];

    /// <summary>The grain named in <paramref name="text"/>, claiming its words; null when none.</summary>
    public static Grain? Extract(QuestionText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        (Grain Grain, int At, int Length)? first = null;
        foreach (var (grain, phrases) in Grains)
        {
            foreach (var words in phrases.Select(QuestionText.Tokenize))
            {
                var at = text.Find(words);
                if (at >= 0 && (first is null || at < first.Value.At))
                {
                    first = (grain, at, words.Length);
                }
            }
        }

        if (first is not { } found)
        {
            return null;
        }

        text.Claim(found.At, found.Length);
        return found.Grain;
    }
}
