using System.Diagnostics;

namespace MemberInsights.Api.Hosting;

/// <summary>
/// The API's own request statistics since start: counts and latency percentiles over the most recent
/// <see cref="WindowSize"/> GraphQL requests (a bounded window keeps memory constant).
/// </summary>
public sealed class RequestMetrics
{
    /// <summary>How many recent durations the percentiles are computed over.</summary>
    public const int WindowSize = 10_000;

    private readonly Lock _gate = new();
    private readonly double[] _durations = new double[WindowSize];
    private long _requests;
    private long _failed;

    /// <summary>When the process started serving.</summary>
    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    /// <summary>Records one request.</summary>
    public void Record(double durationMs, bool failed)
    {
        lock (_gate)
        {
            _durations[_requests % WindowSize] = durationMs;
            _requests++;
            if (failed)
            {
                _failed++;
            }
        }
    }

    /// <summary>The counts and percentiles now.</summary>
    public RequestMetricsSnapshot Snapshot()
    {
        double[] window;
        long requests;
        long failed;
        lock (_gate)
        {
            requests = _requests;
            failed = _failed;
            window = _durations.AsSpan(0, (int)Math.Min(requests, WindowSize)).ToArray();
        }

        Array.Sort(window);
        return new RequestMetricsSnapshot(StartedAt, requests, failed, Percentile(window, 0.50), Percentile(window, 0.95), Percentile(window, 0.99));
    }

    /// <summary>Nearest-rank percentile of sorted values; 0 when empty.</summary>
    internal static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>Request statistics at one moment.</summary>
public sealed record RequestMetricsSnapshot(DateTimeOffset StartedAt, long Requests, long RequestsWithErrors, double P50Ms, double P95Ms, double P99Ms);

/// <summary>Times every GraphQL request (explorer page loads excluded).</summary>
internal static class RequestMetricsMiddleware
{
    public static IApplicationBuilder UseRequestMetrics(this IApplicationBuilder app, string path = "/graphql") => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase) || IsExplorerPage(context.Request))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        await next(context);
        context.RequestServices.GetRequiredService<RequestMetrics>()
            .Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.Response.StatusCode >= 400);
    });

    private static bool IsExplorerPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
