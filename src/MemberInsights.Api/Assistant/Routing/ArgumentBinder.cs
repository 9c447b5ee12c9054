using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;

namespace MemberInsights.Api.Assistant.Routing;

/// <summary>
/// Turns a chosen tool and the entities of a question into the tool's typed arguments, filling what the
/// question left open with documented defaults: series cover the last 30 days (new members and churn: the last
/// six calendar months; the retention matrix: the cohorts of the last twelve months), the grain follows the
/// range's length (up to 45 days daily, up to 180 weekly, else monthly; churn monthly; active members: the named
/// metric's, DAU daily, WAU weekly, MAU monthly), an experiment is read out on recovery. Returns a refusal reason when a required argument is missing.
/// </summary>
internal static class ArgumentBinder
{
    /// <summary>The longest range that defaults to a daily grain (days).</summary>
    public const int DailyUpToDays = 45;

    /// <summary>The longest range that defaults to a weekly grain (days).</summary>
    public const int WeeklyUpToDays = 180;

    /// <summary>The call, or the reason it cannot be made.</summary>
    public static (ToolCall? Call, string? Refusal) Bind(AssistantTool tool, QuestionEntities entities, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Range is { } asked && asked.From > asOf)
        {
            return (null, $"The data ends on {asOf:yyyy-MM-dd}; {asked.From:yyyy-MM-dd} is after it, and the assistant does not forecast.");
        }

        var segment = entities.Segment;
        var withCohort = entities.Cohort is { } cohort ? segment with { CohortMonths = [.. cohort.Months] } : segment;
        return tool switch
        {
            AssistantTool.MetricTrend => Series(entities, asOf, withCohort),
            AssistantTool.ActiveMembers => ActiveMembers(entities, asOf, withCohort),
            AssistantTool.NewMembers => NewMembers(entities, asOf, segment, withCohort),
            AssistantTool.Churn => (new ToolCall(tool, Range: RangeOrMonths(entities, asOf, 6), Grain: entities.Grain ?? Grain.Month, Segment: withCohort), null),
            AssistantTool.RetentionMatrix => (new ToolCall(tool, Range: Cohorts(entities, asOf), Segment: segment, MaxMonthsSinceJoin: 12), null),
            AssistantTool.ExperimentReadout => entities.Experiment is { } experiment
                ? (new ToolCall(tool, Experiment: experiment,
                    Metric: entities.Metrics.FirstOrDefault(m => MetricCatalog.Find(m.Name)?.Experiment is not null)?.Name ?? MetricCatalog.RecoveryScore.Name), null)
                : (null, "Which experiment? Name one, e.g. by the words of its name."),
            AssistantTool.MetricDefinition => (new ToolCall(tool, Metric: entities.Metrics[0].Name), null),
            AssistantTool.PlatformHealth => (new ToolCall(tool), null),
            _ => throw new ArgumentOutOfRangeException(nameof(tool), tool, null),
        };
    }

    /// <summary>DAY up to <see cref="DailyUpToDays"/> days, WEEK up to <see cref="WeeklyUpToDays"/>, else MONTH.</summary>
    public static Grain AutoGrain(DateRangeInput range)
    {
        ArgumentNullException.ThrowIfNull(range);
        return range.Days <= DailyUpToDays ? Grain.Day : range.Days <= WeeklyUpToDays ? Grain.Week : Grain.Month;
    }

    private static (ToolCall?, string?) Series(QuestionEntities entities, DateOnly asOf, SegmentInput segment)
    {
        var metric = Metric(entities, AssistantTool.MetricTrend)!;
        var range = RangeOrLast30(entities, asOf);
        return (new ToolCall(AssistantTool.MetricTrend, Metric: metric.Name, Range: range, Grain: entities.Grain ?? AutoGrain(range), Segment: segment), null);
    }

    private static (ToolCall?, string?) ActiveMembers(QuestionEntities entities, DateOnly asOf, SegmentInput segment)
    {
        var range = RangeOrLast30(entities, asOf);
        var counted = Metric(entities, AssistantTool.ActiveMembers) is { } named ? MetricCatalog.Find(named.Name)?.CountedPer : null;
        return (new ToolCall(AssistantTool.ActiveMembers, Range: range, Grain: entities.Grain ?? counted ?? AutoGrain(range), Segment: segment), null);
    }

    /// <summary>"How many members joined in March?": the joining month is the range, not a segment.</summary>
    private static (ToolCall?, string?) NewMembers(QuestionEntities entities, DateOnly asOf, SegmentInput segment, SegmentInput withCohort)
    {
        var joinedRange = entities is { Range: null, Cohort.Joined: true } ? CohortSpan(entities.Cohort.Months, asOf) : null;
        var range = joinedRange ?? RangeOrMonths(entities, asOf, 6);
        var grain = entities.Grain ?? (joinedRange is null && entities.Range is null ? Grain.Month : AutoGrain(range));
        return (new ToolCall(AssistantTool.NewMembers, Range: range, Grain: grain, Segment: joinedRange is null ? withCohort : segment), null);
    }

    private static MetricTerm? Metric(QuestionEntities entities, AssistantTool tool) =>
        entities.Metrics.FirstOrDefault(m => MetricCatalog.Find(m.Name)?.Tool == tool);

    private static DateRangeInput RangeOrLast30(QuestionEntities entities, DateOnly asOf) =>
        entities.Range is { } range ? new DateRangeInput(range.From, range.To) : new DateRangeInput(asOf.AddDays(-29), asOf);

    private static DateRangeInput RangeOrMonths(QuestionEntities entities, DateOnly asOf, int months) =>
        entities.Range is { } range
            ? new DateRangeInput(range.From, range.To)
            : new DateRangeInput(new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(1 - months), asOf);

    /// <summary>The cohort months of the retention matrix: the named cohort, else the question's range, else the last twelve months.</summary>
    private static DateRangeInput Cohorts(QuestionEntities entities, DateOnly asOf)
    {
        if (entities.Cohort is { } cohort)
        {
            return CohortSpan(cohort.Months, asOf);
        }

        var range = RangeOrMonths(entities, asOf, 12);
        return new DateRangeInput(new DateOnly(range.From.Year, range.From.Month, 1), range.To);
    }

    private static DateRangeInput CohortSpan(IReadOnlyList<DateOnly> months, DateOnly asOf)
    {
        var end = months[^1].AddMonths(1).AddDays(-1);
        return new DateRangeInput(months[0], end > asOf ? asOf : end);
    }
}
