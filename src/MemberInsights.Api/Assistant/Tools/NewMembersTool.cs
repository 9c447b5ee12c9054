using MemberInsights.Api.Assistant.Answering;
using MemberInsights.Api.Assistant.Routing;
using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;
using MemberInsights.Api.Growth;

namespace MemberInsights.Api.Assistant.Tools;

/// <summary>NEW_MEMBERS: members who joined per period (GrowthQueries.NewMembersAsync), charted as a line.</summary>
public sealed class NewMembersTool(GrowthQueries growth, MetricDictionary dictionary) : IAssistantToolHandler
{
    /// <inheritdoc />
    public AssistantTool Tool => AssistantTool.NewMembers;

    /// <inheritdoc />
    public async Task<ToolAnswer> RunAsync(ToolCall call, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        var definition = await dictionary.RequireAsync(MetricCatalog.NewMembers, ct).ConfigureAwait(false);
        var (range, grain, segment) = (call.Range!, call.Grain!.Value, call.Segment ?? SegmentInput.All);
        var points = await growth.NewMembersAsync(segment, range, grain, ct).ConfigureAwait(false);
        var scope = $"New members for {Wording.Segment(segment)} {Wording.Range(range)}, {Wording.By(grain)}";
        var busiest = points.Count == 0 ? null : points.MaxBy(p => p.Value);
        var answer = $"As of {Wording.Day(asOf)}: {Wording.Count(points.Sum(p => p.Value), "members")} joined {Wording.Range(range)} ({Wording.Segment(segment)})"
            + (busiest is null || busiest.Value == 0 ? "." : $"; the busiest period began {Wording.Day(busiest.Date)} with {Wording.Count(busiest.Value, "members")}.");
        var chart = VegaLite.Line(scope, "New members", points.Select(p => (p.Date, (double?)p.Value)));
        return new ToolAnswer(answer, new CountSeries(definition, grain, points), chart, points.Count);
    }
}
