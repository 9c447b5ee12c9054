using MemberInsights.Api.Catalog;
namespace MemberInsights.Api.Assistant.Routing;

/// <summary>Three questions the assistant can answer, offered with a refusal (every one of them routes).</summary>
internal static class SuggestedQuestions
{
    /// <summary>Suggestions for a refused question, about the metric or experiment it named when there was one.</summary>
    public static IReadOnlyList<string> For(QuestionEntities? entities, AssistantVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var experiment = vocabulary.Experiments.Count > 0 ? Words(entities?.Experiment ?? vocabulary.Experiments[0]) : null;
        if (entities?.Metrics.FirstOrDefault() is { } metric)
        {
            var display = metric.DisplayName.Split('(')[0].Trim().ToLowerInvariant();
            return MetricCatalog.Find(metric.Name)?.Tool is null
                ? [$"What is {display}?", "How did average recovery trend over the last 30 days?", "How many members were active each week this quarter?"]
                : [$"What is {display}?", $"How did {display} change over the last 3 months?", $"How did {display} change for annual members this year?"];
        }

        if (entities?.Experiment is not null)
        {
            return [$"What is the readout of the {experiment} experiment?", $"Did the {experiment} experiment change sleep hours?", "How did average recovery trend over the last 30 days?"];
        }

        return
        [
            "How did average recovery trend over the last 30 days?",
            "How many new members joined each month this year?",
            experiment is null ? "Is the data pipeline healthy?" : $"What is the readout of the {experiment} experiment?",
        ];
    }

    /// <summary>Suggestions naming each experiment, for a readout question that named none.</summary>
    public static IReadOnlyList<string> ForExperiments(AssistantVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var named = vocabulary.Experiments.Take(2).Select(e => $"What is the readout of the {Words(e)} experiment?").ToList();
        named.Add("How did average recovery trend over the last 30 days?");
        return named.Take(3).ToList();
    }

    private static string Words(string experiment) => experiment.Replace('_', ' ').Replace('-', ' ');
}
