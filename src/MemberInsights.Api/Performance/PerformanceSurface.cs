using System.Globalization;
using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;
using MemberInsights.Api.Contracts;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.Api.Performance;

/// <summary>The Performance Signals surface: <c>performance(segment)</c> series and cohort signals, and <c>member(memberId)</c>.</summary>
internal sealed class PerformanceSurface(PerformanceQueries queries, InputReader inputs) : ISchemaSurface
{
    public void Bind(SchemaBuilder builder) => builder
        .BindRuntimeType<PerformanceScope>("PerformanceSignals")
        .BindRuntimeType<MetricSeries>("MetricSeries")
        .BindRuntimeType<MeasurePoint>("MeasurePoint")
        .BindRuntimeType<Connection<CohortSignal>>("CohortSignalConnection")
        .BindRuntimeType<Edge<CohortSignal>>("CohortSignalEdge")
        .BindRuntimeType<CohortSignal>("CohortSignal")
        .BindRuntimeType<MemberProfile>("Member")
        .BindRuntimeType<MemberDay>("MemberDay")
        .BindResolver("Query", "performance", context => new PerformanceScope(inputs.Segment(context)))
        .BindResolver("PerformanceSignals", "series", SeriesAsync)
        .BindResolver("PerformanceSignals", "cohortSignals", CohortSignalsAsync)
        .BindResolver("Query", "member", MemberAsync)
        .BindResolver("Member", "days", DaysAsync);

    private Task<MetricSeries> SeriesAsync(IResolverContext context) => queries.SeriesAsync(
        ((PerformanceScope)context.Parent!).Segment,
        MetricCatalog.ForPerformance(context.Argument<string>("metric")),
        inputs.Range(context),
        InputReader.Grain(context),
        context.CancellationToken);

    private Task<Connection<CohortSignal>> CohortSignalsAsync(IResolverContext context) => queries.CohortSignalsAsync(
        ((PerformanceScope)context.Parent!).Segment,
        inputs.Range(context),
        InputReader.Grain(context),
        InputReader.Page(context),
        context.CancellationToken);

    private async Task<MemberProfile?> MemberAsync(IResolverContext context) =>
        await queries.MemberAsync(MemberId(context.Argument<string>("memberId")), context.CancellationToken);

    private Task<IReadOnlyList<MemberDay>> DaysAsync(IResolverContext context)
    {
        var range = inputs.Range(context);
        if (range.Days > PerformanceQueries.MaxMemberDays)
        {
            throw InputErrors.Invalid("range", $"A member's days span at most {PerformanceQueries.MaxMemberDays} days; the range spans {range.Days}.");
        }

        var member = (MemberProfile)context.Parent!;
        return queries.MemberDaysAsync(uint.Parse(member.MemberId, CultureInfo.InvariantCulture), range, context.CancellationToken);
    }

    private static uint MemberId(string? id) =>
        uint.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var memberId) && memberId > 0
            ? memberId
            : throw InputErrors.Invalid("memberId", $"memberId must be a positive whole number (a pseudonymous id such as 1042); it was '{id}'.");
}
