namespace MemberInsights.Api.Catalog;

/// <summary>One read of the dictionary with its look-up by name or synonym and its text search.</summary>
internal sealed class DictionaryIndex
{
    private readonly Dictionary<string, MetricDefinition> _byTerm = new(StringComparer.Ordinal);

    public DictionaryIndex(IReadOnlyList<MetricDefinition> definitions, DateTimeOffset expiresAt)
    {
        Definitions = definitions;
        ExpiresAt = expiresAt;

        // Names win over display names, and display names over synonyms, when two metrics share a term.
        foreach (var definition in definitions)
        {
            _byTerm.TryAdd(Normalize(definition.Name), definition);
        }

        foreach (var definition in definitions)
        {
            _byTerm.TryAdd(Normalize(definition.DisplayName), definition);
        }

        foreach (var definition in definitions)
        {
            foreach (var synonym in definition.Synonyms)
            {
                _byTerm.TryAdd(Normalize(synonym), definition);
            }
        }
    }

    public IReadOnlyList<MetricDefinition> Definitions { get; }

    public DateTimeOffset ExpiresAt { get; }

    public MetricDefinition? Find(string nameOrSynonym) => _byTerm.GetValueOrDefault(Normalize(nameOrSynonym));

    public IReadOnlyList<MetricDefinition> Search(string? text, Surface? surface)
    {
        var candidates = surface is { } wanted ? Definitions.Where(d => d.Surfaces.Contains(wanted)) : Definitions;
        var phrase = Normalize(text ?? "");
        if (phrase.Length == 0)
        {
            return candidates.ToList();
        }

        var words = phrase.Split(' ');
        return candidates
            .Select(definition => (Definition: definition, Rank: Rank(definition, phrase, words)))
            .Where(match => match.Rank >= 0)
            .OrderBy(match => match.Rank)
            .ThenBy(match => match.Definition.Name, StringComparer.Ordinal)
            .Select(match => match.Definition)
            .ToList();
    }

    /// <summary>Lower case, with underscores, hyphens and runs of white space as single spaces: <c>Day-30 retention</c> → <c>day 30 retention</c>.</summary>
    internal static string Normalize(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split([' ', '_', '-', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>0 an exact name or synonym, 1 a name containing the phrase, 2 a synonym or description containing it, 3 every word somewhere; -1 no match.</summary>
    private static int Rank(MetricDefinition definition, string phrase, string[] words)
    {
        var names = new[] { Normalize(definition.Name), Normalize(definition.DisplayName) };
        var synonyms = definition.Synonyms.Select(Normalize).ToList();
        if (names.Contains(phrase) || synonyms.Contains(phrase))
        {
            return 0;
        }

        if (names.Any(name => name.Contains(phrase, StringComparison.Ordinal)))
        {
            return 1;
        }

        var description = Normalize(definition.Description);
        if (synonyms.Any(synonym => synonym.Contains(phrase, StringComparison.Ordinal)) || description.Contains(phrase, StringComparison.Ordinal))
        {
            return 2;
        }

        var everything = string.Join(' ', names.Concat(synonyms).Append(description));
        return words.All(word => everything.Contains(word, StringComparison.Ordinal)) ? 3 : -1;
    }
}
