using MemberInsights.Api.Assistant.Answering;
using MemberInsights.Api.Assistant.Routing;
using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;
using MemberInsights.Api.Growth;

namespace MemberInsights.Api.Assistant.Tools;

/// <summary>CHURN: cancellations as a share of subscribed members per period (GrowthQueries.ChurnAsync), charted as a line.</summary>
public sealed class ChurnTool(GrowthQueries growth, MetricDictionary dictionary) : IAssistantToolHandler
{
    /// <inheritdoc />
    public AssistantTool Tool => AssistantTool.Churn;

    /// <inheritdoc />
    public async Task<ToolAnswer> RunAsync(ToolCall call, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        var definition = await dictionary.RequireAsync(MetricCatalog.ChurnRate, ct).ConfigureAwait(false);
        var (range, grain, segment) = (call.Range!, call.Grain!.Value, call.Segment ?? SegmentInput.All);
        var points = await growth.ChurnAsync(segment, range, grain, ct).ConfigureAwait(false);
        var scope = $"Churn for {Wording.Segment(segment)} {Wording.Range(range)}, {Wording.By(grain)}";
        var (cancelled, subscribed) = (points.Sum(p => p.Numerator), points.Sum(p => p.Denominator));
        var summary = SeriesSummary.Of(points.Select(p => (p.Date, p.Value)));
        var answer = summary is null
            ? $"As of {Wording.Day(asOf)}: {scope}: no members were subscribed."
            : $"As of {Wording.Day(asOf)}: {scope}: {Wording.Count(cancelled, "cancellations")} against {Wording.Count(subscribed, "member-periods")} subscribed at period starts, "
              + $"{Wording.Quantity((double)cancelled / subscribed, "fraction 0-1")} per period; {summary.Describe(v => Wording.Quantity(v, "fraction 0-1"))}.";
        var chart = VegaLite.Line(scope, "Churn (fraction of members)", points.Select(p => (p.Date, p.Value)));
        return new ToolAnswer(answer, new RateSeries(definition, grain, points), chart, points.Count);
    }
}
