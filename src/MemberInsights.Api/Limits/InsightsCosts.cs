using MemberInsights.Api.Common;
using MemberInsights.GraphQL.Execution.Cost;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.Api.Limits;

/// <summary>
/// What each warehouse-backed field costs, in the spirit of the IBM GraphQL cost specification, bound per
/// field because the work depends on the arguments: a query costs <see cref="Query"/>, plus
/// <see cref="PerDay"/> per day of mart rows its range scans, plus <see cref="PerPoint"/> per point, cell
/// or row it returns; lifecycle states also compare every period with the previous one, which grows with
/// the square of the points. One unit is about 0.1 ms of the API on the demo data (2 cores), measured per
/// field in the README's limits section. Everything else costs the engine's defaults (1 per object, 0 per
/// leaf, lists ×10 or their <c>first</c>).
/// </summary>
internal static class InsightsCosts
{
    /// <summary>The fixed cost of one warehouse query (planning, a round trip, a small scan): about 1 ms.</summary>
    public const long Query = 10;

    /// <summary>One day of mart rows scanned (a two-year daily series scans 730).</summary>
    public const long PerDay = 3;

    /// <summary>One point, matrix cell or row computed and returned.</summary>
    public const long PerPoint = 3;

    /// <summary>Binds the estimators of every surface's costly fields.</summary>
    public static SchemaBuilder BindCosts(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var field in (string[])["newMembers", "activeMembers", "thirtyDayRetention", "subscriptionContinuity", "churn"])
        {
            builder.BindCost("GrowthInsights", field, context => new FieldCost(SeriesWeight(context), PointsOf(context)));
        }

        return builder
            .BindCost("GrowthInsights", "lifecycle", Lifecycle)
            .BindCost("GrowthInsights", "retentionMatrix", RetentionMatrix)
            .BindCost("GrowthInsights", "retentionCurve", RetentionCurve)
            .BindCost("PerformanceSignals", "series", context => new FieldCost(SeriesWeight(context), 1))
            .BindCost("PerformanceSignals", "cohortSignals", CohortSignals)
            .BindCost("Member", "days", context => new FieldCost(Query + (PerDay + PerPoint) * Days(context, "range")))
            .BindCost("Query", "member", _ => new FieldCost(Query))
            .BindCost("Query", "experiments", context => new FieldCost(Query + Query * Math.Max(context.Argument<int>("first"), 0)))
            .BindCost("Query", "experiment", _ => new FieldCost(Query))
            .BindCost("Experiment", "readout", _ => new FieldCost(ExperimentReadout))
            .BindCost("PlatformHealth", "pipelineRuns", context => new FieldCost(Query + Query * Math.Max(context.Argument<int>("first"), 0)))
            .BindCost("PlatformHealth", "assistantQuestions", context => new FieldCost(Query + PerPoint * Math.Max(context.Argument<int>("first"), 0)))
            .BindCost("PlatformHealth", "freshness", _ => new FieldCost(Freshness))
            .BindCost("PlatformHealth", "models", _ => new FieldCost(Models))
            .BindCost("PlatformHealth", "qualityChecks", _ => new FieldCost(Models))
            .BindCost("PlatformHealth", "engine", _ => new FieldCost(Query))
            .BindCost("Mutation", "ask", _ => new FieldCost(Ask));
    }

    /// <summary>An experiment readout reads the member-level rows of both groups (measured 260-370 ms; cached per data version afterwards).</summary>
    private const long ExperimentReadout = 3_000;

    /// <summary>A question runs one curated function, at most a two-year daily series (measured up to 1 s on the first call).</summary>
    private const long Ask = 5_000;

    /// <summary>The newest day of every modeled table, one query each.</summary>
    private const long Freshness = 1_000;

    /// <summary>Table sizes from the system tables, or the latest check run.</summary>
    private const long Models = 500;

    /// <summary>A series over <c>range</c> at <c>grain</c>: the days scanned plus the points returned.</summary>
    private static long SeriesWeight(FieldCostContext context) => Query + PerDay * Days(context, "range") + PerPoint * PointsOf(context);

    /// <summary>Lifecycle states: a series whose every point also compares the members of its period with the previous one's.</summary>
    private static FieldCost Lifecycle(FieldCostContext context)
    {
        var points = PointsOf(context);
        return new FieldCost(SeriesWeight(context) + 57 * points + points * points / 3, points);
    }

    private static long PointsOf(FieldCostContext context) => Points(Days(context, "range"), context.Argument<Grain>("grain"));

    /// <summary>Cohort months × months since joining cells, over the cohorts' lifecycle rows.</summary>
    private static FieldCost RetentionMatrix(FieldCostContext context)
    {
        var cohorts = Points(Days(context, "cohorts"), Grain.Month);
        return new FieldCost(Query + cohorts * (Math.Max(context.Argument<int>("maxMonthsSinceJoin"), 0) + 1));
    }

    /// <summary>One point per day since joining, over the members of the cohorts.</summary>
    private static FieldCost RetentionCurve(FieldCostContext context)
    {
        var cohorts = Points(Days(context, "cohorts"), Grain.Month);
        var days = Math.Max(context.Argument<int>("maxDays"), 0) + 1L;
        return new FieldCost(Query + cohorts * days, days);
    }

    /// <summary>The days scanned plus the rows of one page.</summary>
    private static FieldCost CohortSignals(FieldCostContext context) =>
        new(Query + PerDay * Days(context, "range") + PerPoint * Math.Max(context.Argument<int>("first"), 0), 1);

    private static long Days(FieldCostContext context, string name) =>
        context.Argument<DateRangeInput>(name) is { } range ? Math.Max(range.Days, 0) : 0;

    private static long Points(long days, Grain grain) => grain switch
    {
        Grain.Week => (days + 6) / 7 + 1,
        Grain.Month => (days + 30) / 31 + 1,
        _ => days,
    };
}
