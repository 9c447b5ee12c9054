using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;

namespace MemberInsights.Api.Assistant.Answering;

/// <summary>Counts over time with the governed definition of what is counted (the assistant's <c>CountSeries</c>).</summary>
public sealed record CountSeries(MetricDefinition Definition, Grain Grain, IReadOnlyList<CountPoint> Points);

/// <summary>A rate over time with its governed definition (the assistant's <c>RateSeries</c>).</summary>
public sealed record RateSeries(MetricDefinition Definition, Grain Grain, IReadOnlyList<RatePoint> Points);
