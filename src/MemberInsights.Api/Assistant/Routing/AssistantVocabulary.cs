namespace MemberInsights.Api.Assistant.Routing;

/// <summary>
/// What the router may recognise besides its built-in words: the governed metrics (from the metric dictionary),
/// the experiments (from the experiment readouts) and the data's as-of date that relative dates resolve against.
/// </summary>
/// <param name="Metrics">Every governed metric.</param>
/// <param name="Experiments">Every experiment's name as the warehouse stores it, e.g. <c>recovery_model_v5</c>.</param>
/// <param name="AsOf">The newest day with data: "today" for relative dates.</param>
public sealed record AssistantVocabulary(IReadOnlyList<MetricTerm> Metrics, IReadOnlyList<string> Experiments, DateOnly AsOf);

/// <summary>The words a governed metric is known by.</summary>
/// <param name="Name">The dictionary name, e.g. <c>recovery_score</c>.</param>
/// <param name="DisplayName">The display name, e.g. <c>Daily active members (DAU)</c>.</param>
/// <param name="Synonyms">Other words people use for it.</param>
public sealed record MetricTerm(string Name, string DisplayName, IReadOnlyList<string> Synonyms);

/// <summary>Supplies the vocabulary: from the live services in the API, from a fixture in unit tests.</summary>
public interface IAssistantVocabularySource
{
    /// <summary>The current vocabulary.</summary>
    Task<AssistantVocabulary> GetAsync(CancellationToken ct);
}
