using System.Globalization;
using System.Text;

namespace MemberInsights.Api.Benchmarks;

/// <summary>Latency of one operation's first call and percentiles of the calls after warm-up, in milliseconds, and its p95 target.</summary>
internal sealed record LatencyRow(string Operation, double FirstCall, double P50, double P95, double P99, double Max, double TargetP95)
{
    public bool WithinTarget => P95 < TargetP95;
}

/// <summary>The measured operations as a markdown table.</summary>
internal sealed record LatencyReport(IReadOnlyList<LatencyRow> Rows, int RequestsPerOperation)
{
    public bool AllWithinTargets => Rows.All(r => r.WithinTarget);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{RequestsPerOperation} sequential requests per operation after warm-up; milliseconds. First call: the first request after start-up (JIT, empty caches).");
        text.AppendLine();
        text.AppendLine("| operation | first call | p50 | p95 | p99 | max | p95 target |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var row in Rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Operation} | {row.FirstCall:0.0} | {row.P50:0.0} | {row.P95:0.0} | {row.P99:0.0} | {row.Max:0.0} | < {row.TargetP95:0} {(row.WithinTarget ? "met" : "MISSED")} |");
        }

        return text.ToString();
    }
}
