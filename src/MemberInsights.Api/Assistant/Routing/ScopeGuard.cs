namespace MemberInsights.Api.Assistant.Routing;

/// <summary>
/// Refuses, before any routing, what the assistant must never do: reveal personal or single-member data,
/// write SQL or code, change data, or forecast. Checked on the whole question, so no extractor can lose it.
/// </summary>
internal static class ScopeGuard
{
    private static readonly (string Reason, string[] Phrases)[] Rules =
    [
        ("Members are pseudonymous: the assistant never returns personal data or anything about an individual member, only aggregates.",
            ["email", "e mail", "phone", "address", "name", "names", "birthday", "date of birth", "ssn", "social security", "password",
             "contact details", "personal", "who is", "who are", "which members", "list of members", "list members", "identify", "gps"]),
        ("The assistant never writes SQL or code: it routes questions to curated analytical functions over the modeled tables.",
            ["sql", "query", "queries", "select from", "code", "python", "script", "javascript", "regex"]),
        ("The assistant only reads curated analytics; it cannot change, delete or load data.",
            ["delete", "truncate", "erase", "wipe", "drop table", "drop the table", "drop database", "insert", "update the", "update member",
             "remove", "reset", "deactivate", "refund"]),
        ("The assistant reports measured data only; it does not forecast or predict.",
            ["forecast", "forecasts", "predict", "prediction", "projection", "projected", "next week", "next month", "next quarter", "next year", "will be"]),
    ];

    /// <summary>Why <paramref name="text"/> is out of bounds; null when it is not.</summary>
    public static string? Check(QuestionText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (reason, phrases) in Rules)
        {
            if (phrases.Any(text.HasPhrase))
            {
                return reason;
            }
        }

        return NamesOneMember(text) ? Rules[0].Reason : null;
    }

    /// <summary>"member 12", "member #12", "member id 8f3a".</summary>
    private static bool NamesOneMember(QuestionText text)
    {
        for (var i = 0; i + 1 < text.Tokens.Count; i++)
        {
            if (text.Tokens[i] is "member" or "id" && text.Tokens[i + 1].Any(char.IsDigit) && !text.Tokens[i + 1].Contains('-', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
