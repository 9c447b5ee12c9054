using MemberInsights.GraphQL.AspNetCore.Http;

namespace MemberInsights.Api.Health;

/// <summary>
/// The API's own request statistics since start, fed by the GraphQL endpoint: counts (requests whose
/// response held errors included) and latency percentiles over the most recent <see cref="WindowSize"/>
/// requests (a bounded window keeps memory constant).
/// </summary>
public sealed class RequestMetrics : IGraphQLRequestObserver
{
    /// <summary>How many recent durations the percentiles are computed over.</summary>
    public const int WindowSize = 10_000;

    private readonly Lock _gate = new();
    private readonly double[] _durations = new double[WindowSize];
    private long _requests;
    private long _failed;

    /// <summary>When the process started serving.</summary>
    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    /// <inheritdoc />
    public void OnCompleted(GraphQLRequestRecord request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Record(request.Duration.TotalMilliseconds, request.ErrorCount > 0);
    }

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
