using MemberInsights.Api.Assistant.Routing.Extraction;
using MemberInsights.Api.Common;

namespace MemberInsights.Api.Assistant.Routing;

/// <summary>Everything the extractors found in a question.</summary>
/// <param name="Metrics">Governed metrics, in the order named.</param>
/// <param name="Experiment">The experiment's stored name.</param>
/// <param name="Cohort">The cohort.</param>
/// <param name="Segment">Plan types, goals and channels (cohort months are in <paramref name="Cohort"/>).</param>
/// <param name="Range">The date range, ending no later than the as-of date.</param>
/// <param name="Grain">The period length.</param>
internal sealed record QuestionEntities(
    IReadOnlyList<MetricTerm> Metrics,
    string? Experiment,
    CohortMention? Cohort,
    SegmentInput Segment,
    Period? Range,
    Grain? Grain)
{
    /// <summary>Whether the question narrows the data (a date, grain, segment or cohort): it asks for numbers.</summary>
    public bool AsksForData => Range is not null || Grain is not null || !Segment.IsAll || Cohort is not null;

    /// <summary>Runs every extractor over <paramref name="text"/>, most specific first, each claiming its words.</summary>
    public static QuestionEntities Extract(QuestionText text, AssistantVocabulary vocabulary, MetricExtractor metrics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(metrics);
        var experiment = ExperimentExtractor.Extract(text, vocabulary.Experiments);
        var cohort = CohortExtractor.Extract(text, vocabulary.AsOf);
        var segment = SegmentExtractor.Extract(text);
        var range = DateRangeExtractor.Extract(text, vocabulary.AsOf);
        PlatformWords.Claim(text);
        var named = metrics.Extract(text);
        var grain = GrainExtractor.Extract(text);
        return new QuestionEntities(named, experiment, cohort, segment, range, grain);
    }
}
