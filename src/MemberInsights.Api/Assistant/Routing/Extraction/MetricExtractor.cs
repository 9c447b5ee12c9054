using System.Text.RegularExpressions;

namespace MemberInsights.Api.Assistant.Routing.Extraction;

/// <summary>
/// Finds governed metrics by the words the metric dictionary knows them by: the name (<c>sleep_hours</c> as
/// "sleep hours"), the display name ("Daily active members"), an abbreviation in its parentheses ("DAU") and
/// every synonym ("readiness", "hours slept"). Longer phrases win ("low recovery" over "recovery").
/// Never invents a metric: a word the dictionary does not hold is not a metric.
/// </summary>
internal sealed partial class MetricExtractor
{
    private readonly List<(string[] Words, MetricTerm Metric)> _phrases;

    /// <summary>Indexes the phrases of <paramref name="metrics"/>.</summary>
    public MetricExtractor(IEnumerable<MetricTerm> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _phrases = metrics
            .SelectMany(metric => PhrasesOf(metric).Select(phrase => (Words: QuestionText.Tokenize(phrase), Metric: metric)))
            .Where(p => p.Words.Length > 0)
            .DistinctBy(p => string.Join(' ', p.Words) + "|" + p.Metric.Name)
            .OrderByDescending(p => p.Words.Length)
            .ToList();
    }

    /// <summary>The metrics named in <paramref name="text"/>, in the order they appear, claiming their words.</summary>
    public IReadOnlyList<MetricTerm> Extract(QuestionText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int At, MetricTerm Metric)>();
        foreach (var (words, metric) in _phrases)
        {
            for (var at = text.Find(words); at >= 0; at = text.Find(words, from: at + words.Length))
            {
                text.Claim(at, words.Length);
                found.Add((at, metric));
            }
        }

        return found.OrderBy(f => f.At).Select(f => f.Metric).DistinctBy(m => m.Name).ToList();
    }

    private static IEnumerable<string> PhrasesOf(MetricTerm metric)
    {
        yield return metric.Name.Replace('_', ' ');
        yield return Parenthesized().Replace(metric.DisplayName, "");
        foreach (Match inner in Parenthesized().Matches(metric.DisplayName))
        {
            yield return inner.Groups[1].Value;
        }

        foreach (var synonym in metric.Synonyms)
        {
            yield return synonym;
        }
    }

    [GeneratedRegex(@"\(([^)]*)\)")]
    private static partial Regex Parenthesized();
}
