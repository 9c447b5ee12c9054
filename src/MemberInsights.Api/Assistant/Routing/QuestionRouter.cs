using MemberInsights.Api.Assistant.Routing.Extraction;
using MemberInsights.Api.Catalog;

namespace MemberInsights.Api.Assistant.Routing;

/// <summary>
/// The deterministic router: question → scope check → entities → intent → typed tool call, or a refusal with
/// three suggested questions. No model, no SQL: only the curated functions and the governed vocabulary.
/// </summary>
public sealed class QuestionRouter
{
    private readonly AssistantVocabulary _vocabulary;
    private readonly MetricExtractor _metrics;

    /// <summary>Creates a router over <paramref name="vocabulary"/>.</summary>
    public QuestionRouter(AssistantVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _vocabulary = vocabulary;
        _metrics = new MetricExtractor(vocabulary.Metrics);
    }

    /// <summary>The vocabulary this router understands.</summary>
    public AssistantVocabulary Vocabulary => _vocabulary;

    /// <summary>Three questions the assistant answers.</summary>
    public IReadOnlyList<string> Suggestions() => SuggestedQuestions.For(null, _vocabulary);

    /// <summary>Routes <paramref name="question"/>.</summary>
    public RoutingResult Route(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = QuestionText.Parse(question);
        if (ScopeGuard.Check(text) is { } outOfBounds)
        {
            return RoutingResult.Refused(outOfBounds, SuggestedQuestions.For(null, _vocabulary));
        }

        var entities = QuestionEntities.Extract(text, _vocabulary, _metrics);
        var scores = IntentClassifier.Score(text, entities);
        var (best, bestScore) = scores[0];
        var runnerUp = scores[1];
        if (bestScore < IntentClassifier.MinimumScore)
        {
            return RoutingResult.Refused(Unmatched(entities), SuggestedQuestions.For(entities, _vocabulary));
        }

        if (bestScore - runnerUp.Score < IntentClassifier.MinimumMargin)
        {
            return RoutingResult.Refused(
                $"The question is ambiguous: it could ask for {Describe(best)} or for {Describe(runnerUp.Tool)}. Please say which.",
                SuggestedQuestions.For(entities, _vocabulary));
        }

        var (call, refusal) = ArgumentBinder.Bind(best, entities, _vocabulary.AsOf);
        return call is not null
            ? RoutingResult.Routed(call)
            : RoutingResult.Refused(refusal!, best == AssistantTool.ExperimentReadout ? SuggestedQuestions.ForExperiments(_vocabulary) : SuggestedQuestions.For(entities, _vocabulary));
    }

    private static string Unmatched(QuestionEntities entities) =>
        entities.Metrics.FirstOrDefault(m => MetricCatalog.Find(m.Name)?.Tool is null) is { } defined
            ? $"{defined.DisplayName} is defined in the metric dictionary, but no curated function computes it; the assistant can give its definition."
            : entities.AsksForData || entities.Metrics.Count > 0
                ? "The question is ambiguous: name a metric (e.g. recovery, active members, churn), an experiment or the data pipeline."
                : "The question is outside what the assistant answers: member metrics, growth, retention, churn, experiments, metric definitions and platform health.";

    private static string Describe(AssistantTool tool) => tool switch
    {
        AssistantTool.MetricTrend => "a metric's trend",
        AssistantTool.ActiveMembers => "active members",
        AssistantTool.NewMembers => "new members",
        AssistantTool.RetentionMatrix => "cohort retention",
        AssistantTool.Churn => "churn",
        AssistantTool.ExperimentReadout => "an experiment readout",
        AssistantTool.MetricDefinition => "a metric's definition",
        _ => "platform health",
    };
}
