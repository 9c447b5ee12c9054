namespace MemberInsights.Api.Assistant.Routing.Extraction;

/// <summary>
/// Finds an experiment by its name's words, forgiving the spelling: <c>recovery_model_v5</c> is found in
/// "recovery model v5", "the recovery-model experiment", "recovery model version 5" and "recovry model";
/// <c>sleep_coach_v2</c> in "the sleep coach test". A different version ("recovery model v4") does not match.
/// </summary>
internal static class ExperimentExtractor
{
    /// <summary>The stored name of the experiment named in <paramref name="text"/>, claiming its words; null when none.</summary>
    public static string? Extract(QuestionText text, IReadOnlyList<string> experiments)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(experiments);
        (string Name, int Start, int Length, int Score)? best = null;
        foreach (var name in experiments)
        {
            if (Match(text, name) is { } match && (best is null || match.Score > best.Value.Score))
            {
                best = (name, match.Start, match.Length, match.Score);
            }
        }

        if (best is not { } found)
        {
            return null;
        }

        text.Claim(found.Start, found.Length);
        return found.Name;
    }

    private static (int Start, int Length, int Score)? Match(QuestionText text, string name)
    {
        var words = QuestionText.Tokenize(name);
        var version = words.Length > 1 && IsVersion(words[^1]) ? words[^1] : null;
        var core = version is null ? words : words[..^1];
        for (var start = 0; start + core.Length <= text.Tokens.Count; start++)
        {
            var matched = true;
            for (var k = 0; k < core.Length && matched; k++)
            {
                matched = !text.IsClaimed(start + k) && Close(text.Tokens[start + k], core[k]);
            }

            if (!matched)
            {
                continue;
            }

            var end = start + core.Length;
            var (asked, versionLength) = ReadVersion(text, end);
            if (asked is not null && version is not null && asked != version)
            {
                continue;
            }

            return (start, core.Length + versionLength, (core.Length * 2) + (asked is null ? 0 : 1));
        }

        return null;
    }

    /// <summary>"v5" or "version 5" right after the name; null when absent.</summary>
    private static (string? Version, int Length) ReadVersion(QuestionText text, int at)
    {
        if (at >= text.Tokens.Count)
        {
            return (null, 0);
        }

        var token = text.Tokens[at];
        if (IsVersion(token))
        {
            return (token, 1);
        }

        if (token is "version" && at + 1 < text.Tokens.Count && text.Tokens[at + 1].All(char.IsDigit))
        {
            return ("v" + text.Tokens[at + 1], 2);
        }

        return (null, 0);
    }

    private static bool IsVersion(string word) => word.Length > 1 && word[0] == 'v' && word[1..].All(char.IsDigit);

    /// <summary>Equal, or (for words of five letters or more) one edit apart.</summary>
    private static bool Close(string asked, string expected) =>
        QuestionText.SameWord(asked, expected) || (expected.Length >= 5 && EditDistanceAtMostOne(asked, expected));

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var (i, j, edits) = (0, 0, 0);
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                (i, j) = (i + 1, j + 1);
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            (i, j) = a.Length > b.Length ? (i + 1, j) : a.Length < b.Length ? (i, j + 1) : (i + 1, j + 1);
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
