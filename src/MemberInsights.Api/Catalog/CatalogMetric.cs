using MemberInsights.Api.Common;

namespace MemberInsights.Api.Catalog;

/// <summary>
/// One metric as the product declares it, once: its name in <c>metric_dictionary</c>, its unit and source, the mart
/// columns it is computed from, the surfaces and assistant tools that use it and, for the metrics a GraphQL enum
/// selects, the enum value and how that surface computes it. The dictionary's rows hold its governed words
/// (description, formula, caveats, synonyms); a test holds those rows to this declaration.
/// </summary>
/// <param name="Name">The stable name, as in the dictionary, e.g. <c>recovery_score</c>.</param>
/// <param name="Unit">Its unit, as in the dictionary, e.g. <c>score 0-100</c>.</param>
/// <param name="SourceTable">The modeled table it is read from (the dictionary's <c>source_table</c>).</param>
public sealed record CatalogMetric(string Name, string Unit, string SourceTable)
{
    /// <summary>The columns of <see cref="SourceTable"/> it is computed from; empty when no code computes it yet.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>The API surfaces that use it (the dictionary's <c>surfaces</c>).</summary>
    public IReadOnlyList<Surface> Surfaces { get; init; } = [];

    /// <summary>The assistant function that computes it: a question naming the metric is routed there. Null when none does.</summary>
    public AssistantTool? Tool { get; init; }

    /// <summary>For active members: the period that counts them (DAU per day, WAU per ISO week, MAU per calendar month).</summary>
    public Grain? CountedPer { get; init; }

    /// <summary>
    /// Its value in the GraphQL enums of the surfaces that select it: <c>PerformanceMetric</c> when
    /// <see cref="Performance"/> is set, <c>ExperimentMetric</c> when <see cref="Experiment"/> is set.
    /// </summary>
    public string? EnumValue { get; init; }

    /// <summary>How <c>performance.series</c> computes it; null when it is not a <c>PerformanceMetric</c>.</summary>
    public PerformanceMeasure? Performance { get; init; }

    /// <summary>How an experiment is read out on it; null when it is not an <c>ExperimentMetric</c>.</summary>
    public ExperimentMeasure? Experiment { get; init; }

    /// <summary>The assistant tools that use it: <see cref="Tool"/>, and the experiment readout for an experiment metric. Every metric can be defined (METRIC_DEFINITION).</summary>
    public IReadOnlyList<AssistantTool> Tools =>
        new[] { Tool, Experiment is null ? null : AssistantTool.ExperimentReadout }.OfType<AssistantTool>().Distinct().ToList();
}

/// <summary>
/// A performance metric per period: the ratio of two per-period sums over <c>agg_cohort_daily</c>, each the sum of a
/// mart column of that name, or <see cref="MemberDays"/>.
/// </summary>
/// <param name="Numerator">The summed column above the line, e.g. <c>recovery_sum</c>.</param>
/// <param name="Denominator">The summed column below it, e.g. <c>recovery_count</c>.</param>
public sealed record PerformanceMeasure(string Numerator, string Denominator)
{
    /// <summary>The mart the sums are read from.</summary>
    public const string Mart = "agg_cohort_daily";

    /// <summary>Active member-days: distinct active members per day, summed over the period (not a mart column).</summary>
    public const string MemberDays = "member_days";

    /// <summary>The mart columns summed (<see cref="MemberDays"/> is computed from <c>active_members</c>).</summary>
    public IEnumerable<string> Columns => new[] { Numerator, Denominator }.Select(c => c == MemberDays ? "active_members" : c);
}

/// <summary>How an experiment reads a metric out: one value per member and period (the 28 days before assignment, and after it).</summary>
/// <param name="BetterDirection">+1 when a higher value is better for members, -1 when lower is.</param>
public abstract record ExperimentMeasure(int BetterDirection)
{
    /// <summary>The table the per-member values are read from.</summary>
    public abstract string Table { get; }

    /// <summary>The columns of <see cref="Table"/> the values are computed from.</summary>
    public abstract IEnumerable<string> Columns { get; }
}

/// <summary>Each member's mean over the period: <paramref name="Total"/> / <paramref name="Days"/> over <c>agg_experiment_member</c>.</summary>
/// <param name="Total">The aggregate above the line, e.g. sum of <c>recovery_sum</c>.</param>
/// <param name="Days">The aggregate below it, e.g. sum of <c>recovery_count</c>.</param>
/// <param name="BetterDirection">+1 when a higher value is better for members, -1 when lower is.</param>
public sealed record MemberMeans(MartAggregate Total, MartAggregate Days, int BetterDirection = 1) : ExperimentMeasure(BetterDirection)
{
    /// <inheritdoc />
    public override string Table => "agg_experiment_member";

    /// <inheritdoc />
    public override IEnumerable<string> Columns => [Total.Column, Days.Column];
}

/// <summary>
/// Each member's share of days with a reading (<paramref name="Readings"/> &gt; 0) that are flagged
/// (<paramref name="Flagged"/> &gt; 0), over <c>fct_member_day</c>: every member weighs the same.
/// </summary>
/// <param name="Flagged">The member-day column counting flagged readings, e.g. <c>low_recovery_count</c>.</param>
/// <param name="Readings">The member-day column counting readings, e.g. <c>recovery_count</c>.</param>
/// <param name="BetterDirection">+1 when a higher value is better for members, -1 when lower is.</param>
public sealed record MemberDayShare(string Flagged, string Readings, int BetterDirection = 1) : ExperimentMeasure(BetterDirection)
{
    /// <inheritdoc />
    public override string Table => "fct_member_day";

    /// <inheritdoc />
    public override IEnumerable<string> Columns => [Flagged, Readings];
}

/// <summary>An aggregate of one mart column, e.g. <c>sum(recovery_sum)</c> or <c>uniqExactMerge(active_days)</c>.</summary>
/// <param name="Function">The aggregate function.</param>
/// <param name="Column">The column (an identifier of the code, never input).</param>
public sealed record MartAggregate(string Function, string Column)
{
    /// <summary>The SQL expression.</summary>
    public string Sql => $"{Function}({Column})";

    /// <summary><c>sum(column)</c>.</summary>
    public static MartAggregate Sum(string column) => new("sum", column);

    /// <summary><c>uniqExactMerge(column)</c> of a distinct-count state.</summary>
    public static MartAggregate Distinct(string column) => new("uniqExactMerge", column);
}
