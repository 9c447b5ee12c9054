using System.Text;

namespace MemberInsights.Api.Assistant.Routing;

/// <summary>
/// A question as lower-case word tokens: punctuation becomes spaces (hyphens survive only inside ISO dates such
/// as <c>2026-03-01</c>), contractions are expanded and everyday words for members are folded into
/// <c>members</c>, so that one phrase matcher serves the vocabulary and the question alike. Extractors claim the
/// tokens they use, so that a later extractor does not read the same words again.
/// </summary>
internal sealed class QuestionText
{
    private static readonly Dictionary<string, string> Folded = new(StringComparer.Ordinal)
    {
        ["users"] = "members",
        ["user"] = "member",
        ["customers"] = "members",
        ["customer"] = "member",
        ["people"] = "members",
        ["subscribers"] = "members",
        ["subscriber"] = "member",
        ["whats"] = "what",
    };

    private static readonly (string Contraction, string Expanded)[] Contractions =
        [("what's", "what is"), ("how's", "how is"), ("who's", "who is"), ("it's", "it is"), ("that's", "that is"), ("'re", " are")];

    private readonly bool[] _claimed;

    private QuestionText(string original, string[] tokens)
    {
        Original = original;
        Tokens = tokens;
        _claimed = new bool[tokens.Length];
    }

    /// <summary>The question as asked.</summary>
    public string Original { get; }

    /// <summary>The normalized tokens.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>Tokenizes <paramref name="question"/>.</summary>
    public static QuestionText Parse(string question) => new(question, Tokenize(question));

    /// <summary>Tokenizes a vocabulary phrase exactly as questions are tokenized.</summary>
    public static string[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant().Replace('’', '\'').Replace("n't", " not", StringComparison.Ordinal);
        foreach (var (contraction, expanded) in Contractions)
        {
            lower = lower.Replace(contraction, expanded, StringComparison.Ordinal);
        }

        var builder = new StringBuilder(lower.Length);
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            var digitHyphen = c == '-' && i > 0 && i + 1 < lower.Length && char.IsDigit(lower[i - 1]) && char.IsDigit(lower[i + 1]);
            if (char.IsLetterOrDigit(c) || digitHyphen)
            {
                builder.Append(c);
            }
            else if (c != '\'')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(token => Folded.GetValueOrDefault(token, token))
            .ToArray();
    }

    /// <summary>Whether the token at <paramref name="index"/> was claimed by an extractor.</summary>
    public bool IsClaimed(int index) => _claimed[index];

    /// <summary>Claims <paramref name="count"/> tokens from <paramref name="start"/>.</summary>
    public void Claim(int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            _claimed[i] = true;
        }
    }

    /// <summary>Whether any token equals <paramref name="word"/> (claimed or not).</summary>
    public bool Has(string word) => Tokens.Contains(word, StringComparer.Ordinal);

    /// <summary>Whether the phrase occurs anywhere (claimed or not), words in order and adjacent.</summary>
    public bool HasPhrase(string phrase) => Find(Tokenize(phrase), unclaimedOnly: false) >= 0;

    /// <summary>
    /// The first position where <paramref name="phrase"/> occurs (a plural <c>s</c> on either side is ignored),
    /// optionally only over unclaimed tokens; -1 when absent.
    /// </summary>
    public int Find(IReadOnlyList<string> phrase, bool unclaimedOnly = true, int from = 0)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (phrase.Count == 0)
        {
            return -1;
        }

        for (var start = from; start + phrase.Count <= Tokens.Count; start++)
        {
            var matched = true;
            for (var k = 0; k < phrase.Count && matched; k++)
            {
                matched = (!unclaimedOnly || !_claimed[start + k]) && SameWord(Tokens[start + k], phrase[k]);
            }

            if (matched)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>Equal, or equal but for a plural <c>s</c>.</summary>
    public static bool SameWord(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal)
        || (a.Length > 2 && b.Length > 2 && (string.Equals(a, b + "s", StringComparison.Ordinal) || string.Equals(a + "s", b, StringComparison.Ordinal)));
}
