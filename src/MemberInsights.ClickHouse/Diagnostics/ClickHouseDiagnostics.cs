using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MemberInsights.ClickHouse.Diagnostics;

/// <summary>
/// The client's traces and metrics: one span per statement on the <see cref="ActivitySourceName"/> source, and a
/// statement duration histogram on the <see cref="MeterName"/> meter. Register both names with OpenTelemetry
/// (<c>AddSource</c>, <c>AddMeter</c>) or listen with an ActivityListener / MeterListener. Spans carry what
/// system.query_log would give (statement kind, rows and bytes read and written, rows returned, duration, error code
/// and name) and the SQL text, which holds only <c>{name:Type}</c> placeholders; parameter values, setting values
/// and error messages (which can quote values) are never recorded.
/// </summary>
public static class ClickHouseDiagnostics
{
    /// <summary>The ActivitySource name.</summary>
    public const string ActivitySourceName = "MemberInsights.ClickHouse";

    /// <summary>The Meter name.</summary>
    public const string MeterName = "MemberInsights.ClickHouse";

    /// <summary>The histogram of statement durations in seconds, tagged by statement kind, engine and error.</summary>
    public const string DurationInstrument = "db.client.operation.duration";

    /// <summary>Most characters of SQL text a span carries.</summary>
    public const int MaxQueryTextLength = 2_000;

    internal static readonly ActivitySource Source = new(ActivitySourceName);

    internal static readonly Meter Meter = new(MeterName);

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        DurationInstrument, unit: "s", description: "Duration of ClickHouse statements, from sending to the last row read.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });
}
