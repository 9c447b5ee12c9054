using MemberInsights.Api.Assistant.Routing;
using MemberInsights.Api.Catalog;

namespace MemberInsights.Api.Assistant.Answering;

/// <summary>
/// The router's vocabulary from the live services: every governed metric from the metric dictionary, every
/// experiment from the experiment readouts, and the data's as-of date. Those services cache their reads; the
/// router built over a vocabulary is reused while the vocabulary is unchanged.
/// </summary>
public sealed class LiveVocabulary(MetricDictionary dictionary, IExperimentNames experiments, AsOfDate asOf) : IAssistantVocabularySource
{
    private volatile Snapshot? _current;

    /// <inheritdoc />
    public async Task<AssistantVocabulary> GetAsync(CancellationToken ct) => (await RouterAsync(ct).ConfigureAwait(false)).Vocabulary;

    /// <summary>A router over the current vocabulary.</summary>
    public async Task<QuestionRouter> RouterAsync(CancellationToken ct)
    {
        var definitions = await dictionary.AllAsync(ct).ConfigureAwait(false);
        var names = await experiments.NamesAsync(ct).ConfigureAwait(false);
        var date = await asOf.GetAsync(ct).ConfigureAwait(false);
        if (_current is { } current && ReferenceEquals(current.Definitions, definitions) && current.Experiments.SequenceEqual(names) && current.AsOf == date)
        {
            return current.Router;
        }

        var metrics = definitions.Select(d => new MetricTerm(d.Name, d.DisplayName, d.Synonyms)).ToList();
        var router = new QuestionRouter(new AssistantVocabulary(metrics, names, date));
        _current = new Snapshot(definitions, names, date, router);
        return router;
    }

    private sealed record Snapshot(IReadOnlyList<MetricDefinition> Definitions, IReadOnlyList<string> Experiments, DateOnly AsOf, QuestionRouter Router);
}

/// <summary>The names of the experiments the assistant can read out.</summary>
public interface IExperimentNames
{
    /// <summary>Every experiment's stored name.</summary>
    Task<IReadOnlyList<string>> NamesAsync(CancellationToken ct);
}
