using MemberInsights.Api.Common;

namespace MemberInsights.Api.Assistant.Routing.Extraction;

/// <summary>
/// Finds the members a question is about by the everyday words for plan types ("annual members", "students"),
/// goals ("weight loss", "members whose goal is sleep", "focused on recovery") and acquisition channels ("paid social", "referrals").
/// Goals that are also metric words (sleep, recovery, performance) count only next to "goal" or "focused on", so that
/// "sleep for annual members" reads sleep as the metric.
/// </summary>
internal static class SegmentExtractor
{
    private static readonly (string Value, string[] Phrases)[] PlanTypes =
    [
        ("ANNUAL", ["annual", "yearly plan", "yearly member", "annually"]),
        ("MONTHLY", ["monthly plan", "monthly subscription", "monthly member", "monthly billing", "month to month plan", "billed monthly"]),
        ("STUDENT", ["student", "students"]),
        ("FAMILY", ["family", "families"]),
        ("CORPORATE", ["corporate", "employer paid", "employer", "enterprise"]),
    ];

    private static readonly (string Value, string[] Phrases)[] Goals =
    [
        ("WEIGHT_LOSS", ["weight loss", "losing weight", "lose weight", "weight"]),
        ("STRESS", ["stress", "stressed", "stress management"]),
        ("SLEEP", ["sleep better"]),
        ("RECOVERY", ["recover better"]),
        ("PERFORMANCE", ["perform better"]),
    ];

    private static readonly string[] GoalWords = ["sleep", "recovery", "performance", "stress", "weight loss"];

    private static readonly (string Value, string[] Phrases)[] Channels =
    [
        ("PAID_SOCIAL", ["paid social", "social media", "social ads", "social", "instagram", "facebook", "tiktok"]),
        ("ORGANIC", ["organic", "organically"]),
        ("REFERRAL", ["referral", "referrals", "referred"]),
        ("PARTNER", ["partner", "partners", "partnership"]),
        ("PODCAST", ["podcast", "podcasts"]),
        ("RETAIL", ["retail", "in store", "shop", "store", "stores"]),
    ];

    /// <summary>The segment named in <paramref name="text"/> (every member when none), claiming its words.</summary>
    public static SegmentInput Extract(QuestionText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var goals = new List<string>();
        foreach (var (value, word) in GoalWords.Select(w => (GoalValue(w), w)))
        {
            string[] phrases =
            [
                $"{word} goal", $"goal of {word}", $"goal is {word}", $"goal was {word}", $"goal {word}", $"goal to {word}",
                $"focused on {word}", $"focusing on {word}", $"focus on {word}", $"working on {word}",
            ];
            if (ClaimAny(text, phrases))
            {
                goals.Add(value);
            }
        }

        var plans = Match(text, PlanTypes);
        goals.AddRange(Match(text, Goals).Where(g => !goals.Contains(g)));
        var channels = Match(text, Channels);
        return new SegmentInput(Ordered(plans), Ordered(goals), Ordered(channels), null);
    }

    private static string GoalValue(string word) => word.Replace(' ', '_').ToUpperInvariant();

    private static List<string> Match(QuestionText text, (string Value, string[] Phrases)[] values) =>
        values.Where(v => ClaimAny(text, v.Phrases)).Select(v => v.Value).ToList();

    private static bool ClaimAny(QuestionText text, IEnumerable<string> phrases)
    {
        var found = false;
        foreach (var phrase in phrases.OrderByDescending(p => p.Length))
        {
            var words = QuestionText.Tokenize(phrase);
            for (var at = text.Find(words); at >= 0; at = text.Find(words, from: at + words.Length))
            {
                text.Claim(at, words.Length);
                found = true;
            }
        }

        return found;
    }

    private static string[]? Ordered(List<string> values) => values.Count == 0 ? null : values.Order(StringComparer.Ordinal).ToArray();
}
