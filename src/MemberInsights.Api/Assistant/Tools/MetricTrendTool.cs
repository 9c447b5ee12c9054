using MemberInsights.Api.Assistant.Answering;
using MemberInsights.Api.Assistant.Routing;
using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;
using MemberInsights.Api.Performance;

namespace MemberInsights.Api.Assistant.Tools;

/// <summary>METRIC_TREND: a performance metric over time for a segment (PerformanceQueries.SeriesAsync), charted as a line.</summary>
public sealed class MetricTrendTool(PerformanceQueries performance) : IAssistantToolHandler
{
    /// <inheritdoc />
    public AssistantTool Tool => AssistantTool.MetricTrend;

    /// <inheritdoc />
    public async Task<ToolAnswer> RunAsync(ToolCall call, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        var metric = MetricCatalog.PerformanceMetrics.First(m => m.Name == call.Metric);
        var (range, grain, segment) = (call.Range!, call.Grain!.Value, call.Segment ?? SegmentInput.All);
        var series = await performance.SeriesAsync(segment, metric, range, grain, ct).ConfigureAwait(false);
        var (name, unit) = (series.Definition.DisplayName, series.Definition.Unit);
        var points = series.Points.Select(p => (p.Date, p.Value)).ToList();
        var scope = $"{name} for {Wording.Segment(segment)} {Wording.Range(range)}, {Wording.By(grain)}";
        var summary = SeriesSummary.Of(points);
        var members = series.Points.Where(p => p.Value is not null).Sum(p => p.Members);
        var answer = summary is null || members == 0
            ? $"As of {Wording.Day(asOf)}: no member has {name} data {Wording.Range(range)} in that segment."
            : $"As of {Wording.Day(asOf)}: {scope}: averaged {Wording.Quantity(series.Points.Where(p => p.Value is not null).Sum(p => p.Value!.Value * p.Members) / members, unit)} "
              + $"over {summary.Periods} periods with data; {summary.Describe(v => Wording.Value(v, unit))}.";
        var chart = VegaLite.Line(scope, $"{name} ({unit})", points);
        return new ToolAnswer(answer, series, chart, series.Points.Count);
    }
}
