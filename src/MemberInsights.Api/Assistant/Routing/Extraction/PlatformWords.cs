namespace MemberInsights.Api.Assistant.Routing.Extraction;

/// <summary>
/// Claims the phrases about the data platform itself ("the last data load", "pipeline runs") before metrics are
/// read, so that "load" there is not read as the strain metric's synonym.
/// </summary>
internal static class PlatformWords
{
    private static readonly string[][] Phrases =
        [.. new[] { "data load", "last load", "latest load", "load run", "load succeed", "load fail", "pipeline load" }.Select(QuestionText.Tokenize)];

    /// <summary>Claims every platform phrase in <paramref name="text"/>.</summary>
    public static void Claim(QuestionText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var words in Phrases)
        {
            for (var at = text.Find(words); at >= 0; at = text.Find(words, from: at + words.Length))
            {
                text.Claim(at, words.Length);
            }
        }
    }
}
