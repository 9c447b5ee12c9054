using MemberInsights.Api.Common;
using MemberInsights.Api.Contracts;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.Api.Growth;

/// <summary>The Growth and Retention surface: <c>growth(segment)</c> and its series, matrix and curves.</summary>
internal sealed class GrowthSurface(GrowthQueries queries, InputReader inputs) : ISchemaSurface
{
    /// <summary>The most months since joining a retention matrix shows.</summary>
    public const int MaxMonthsSinceJoin = 36;

    /// <summary>The most days a retention curve spans.</summary>
    public const int MaxCurveDays = 365;

    public void Bind(SchemaBuilder builder) => builder
        .BindRuntimeType<GrowthScope>("GrowthInsights")
        .BindRuntimeType<CountPoint>("CountPoint")
        .BindRuntimeType<RatePoint>("RatePoint")
        .BindRuntimeType<RetentionMatrix>("RetentionMatrix")
        .BindRuntimeType<RetentionCohort>("RetentionCohort")
        .BindRuntimeType<RetentionCell>("RetentionCell")
        .BindRuntimeType<RetentionCurvePoint>("RetentionCurvePoint")
        .BindRuntimeType<LifecyclePoint>("LifecyclePoint")
        .BindResolver("Query", "growth", context => new GrowthScope(inputs.Segment(context)))
        .BindResolver("GrowthInsights", "newMembers", context => queries.NewMembersAsync(Segment(context), inputs.Range(context), InputReader.Grain(context), context.CancellationToken))
        .BindResolver("GrowthInsights", "activeMembers", context => queries.ActiveMembersAsync(Segment(context), inputs.Range(context), InputReader.Grain(context), context.CancellationToken))
        .BindResolver("GrowthInsights", "retentionMatrix", context => queries.RetentionMatrixAsync(
            Segment(context), inputs.Range(context, "cohorts"), InputReader.Bounded(context, "maxMonthsSinceJoin", 0, MaxMonthsSinceJoin), context.CancellationToken))
        .BindResolver("GrowthInsights", "retentionCurve", context => queries.RetentionCurveAsync(
            Segment(context), inputs.Range(context, "cohorts"), InputReader.Bounded(context, "maxDays", 0, MaxCurveDays), context.CancellationToken))
        .BindResolver("GrowthInsights", "thirtyDayRetention", context => queries.ThirtyDayRetentionAsync(Segment(context), inputs.Range(context), InputReader.Grain(context), context.CancellationToken))
        .BindResolver("GrowthInsights", "subscriptionContinuity", context => queries.SubscriptionContinuityAsync(Segment(context), inputs.Range(context), InputReader.Grain(context), context.CancellationToken))
        .BindResolver("GrowthInsights", "churn", context => queries.ChurnAsync(Segment(context), inputs.Range(context), InputReader.Grain(context), context.CancellationToken))
        .BindResolver("GrowthInsights", "lifecycle", context => queries.LifecycleAsync(Segment(context), inputs.Range(context), InputReader.Grain(context), context.CancellationToken));

    private static SegmentInput Segment(IResolverContext context) => ((GrowthScope)context.Parent!).Segment;
}
