using MemberInsights.Api.Assistant.Answering;
using MemberInsights.Api.Assistant.Routing;
using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;
using MemberInsights.Api.Growth;

namespace MemberInsights.Api.Assistant.Tools;

/// <summary>
/// ACTIVE_MEMBERS: distinct active members per period (GrowthQueries.ActiveMembersAsync): per day the DAU, per
/// ISO week the WAU, per calendar month the MAU; charted as a line.
/// </summary>
public sealed class ActiveMembersTool(GrowthQueries growth, MetricDictionary dictionary) : IAssistantToolHandler
{
    /// <inheritdoc />
    public AssistantTool Tool => AssistantTool.ActiveMembers;

    /// <inheritdoc />
    public async Task<ToolAnswer> RunAsync(ToolCall call, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        var (range, grain, segment) = (call.Range!, call.Grain!.Value, call.Segment ?? SegmentInput.All);
        var definition = await dictionary.RequireAsync(MetricCatalog.ActiveMembersPer(grain), ct).ConfigureAwait(false);
        var points = await growth.ActiveMembersAsync(segment, range, grain, ct).ConfigureAwait(false);
        var scope = $"{definition.DisplayName} for {Wording.Segment(segment)} {Wording.Range(range)}, {Wording.By(grain)}";
        var summary = SeriesSummary.Of(points.Select(p => (p.Date, (double?)p.Value)));
        var answer = summary is null
            ? $"As of {Wording.Day(asOf)}: {scope}: no periods."
            : $"As of {Wording.Day(asOf)}: {scope}: {Wording.Count((long)Math.Round(points.Average(p => p.Value)), "members")} per period on average over {points.Count} periods; "
              + $"{summary.Describe(v => Wording.Count((long)v, "members"))}.";
        var chart = VegaLite.Line(scope, "Active members", points.Select(p => (p.Date, (double?)p.Value)));
        return new ToolAnswer(answer, new CountSeries(definition, grain, points), chart, points.Count);
    }
}
