using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace MemberInsights.Api.Benchmarks;

/// <summary>What to measure: the API, the persisted operations directory, requests per operation and warm-up requests.</summary>
internal sealed record LatencyRunOptions(Uri Api, string OperationsDirectory, int Requests, int Warmup);

/// <summary>
/// Sends each persisted operation by id (GET, the way BI tools call it) and a rotation of assistant questions
/// (POST mutation), one request at a time, and reports the first call and p50/p95/p99 per operation against the targets.
/// </summary>
internal sealed class LatencyRun(LatencyRunOptions options)
{
    private const double OperationTargetMs = 100;
    private const double AssistantTargetMs = 150;

    private static readonly string[] Questions =
    [
        "How did recovery trend over the last 30 days?",
        "How many new members joined each month this year?",
        "Show me weekly active members for the last 3 months",
        "What is the retention of the 2026 cohorts?",
        "How is the recovery model v5 experiment doing?",
        "What does strain mean?",
        "Is the pipeline healthy?",
        "Average sleep hours for annual members since March",
        "What's the weather tomorrow?",
        "How many members churned last month?",
    ];

    public async Task<LatencyReport> RunAsync()
    {
        using var http = new HttpClient { BaseAddress = options.Api, Timeout = TimeSpan.FromSeconds(60) };
        var rows = new List<LatencyRow>();
        foreach (var (id, name) in ReadManifest())
        {
            var url = "/graphql?id=" + id;
            rows.Add(await MeasureAsync(name, OperationTargetMs, () => http.GetAsync(url)));
        }

        var next = 0;
        rows.Add(await MeasureAsync("assistant ask", AssistantTargetMs, () => http.PostAsJsonAsync("/graphql", new
        {
            query = "mutation Ask($q: String!) { ask(input: { question: $q }) { status answer trace { tool latencyMs } } }",
            variables = new { q = Questions[next++ % Questions.Length] },
        })));
        return new LatencyReport(rows, options.Requests);
    }

    private IEnumerable<(string Id, string Name)> ReadManifest()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(options.OperationsDirectory, "manifest.json")));
        foreach (var operation in manifest.RootElement.GetProperty("operations").EnumerateObject())
        {
            yield return (operation.Name, operation.Value.GetProperty("name").GetString() ?? operation.Name);
        }
    }

    private async Task<LatencyRow> MeasureAsync(string name, double targetMs, Func<Task<HttpResponseMessage>> send)
    {
        // The first call after start-up pays for JIT and fills the per-data-version caches: reported apart.
        var first = Stopwatch.GetTimestamp();
        await CheckAsync(name, await send());
        var firstMs = Stopwatch.GetElapsedTime(first).TotalMilliseconds;
        for (var i = 1; i < options.Warmup; i++)
        {
            await CheckAsync(name, await send());
        }

        var durations = new double[options.Requests];
        for (var i = 0; i < durations.Length; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await send();
            await response.Content.ReadAsByteArrayAsync();
            durations[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(durations);
        return new LatencyRow(name, firstMs, Percentile(durations, 0.50), Percentile(durations, 0.95), Percentile(durations, 0.99), durations[^1], targetMs);
    }

    private static async Task CheckAsync(string name, HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{name} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
            }
        }
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
