using System.Threading.RateLimiting;

namespace MemberInsights.Api.Access;

/// <summary>
/// A fixed-window budget of permits (requests, or estimated cost) for one caller, on an injected clock so that tests
/// move time instead of waiting: a window opens with the first acquisition after the previous one ended; an acquisition
/// that would exceed the limit fails with the time left in the window as its retry-after. Nothing queues.
/// </summary>
public sealed class WindowBudget(TimeProvider clock, long limit, TimeSpan window) : RateLimiter
{
    private readonly Lock _gate = new();
    private long _used;
    private DateTimeOffset _windowEnd = DateTimeOffset.MinValue;

    /// <summary>The permits of one window.</summary>
    public long Limit { get; } = limit > 0 ? limit : throw new ArgumentOutOfRangeException(nameof(limit), "A budget needs at least one permit.");

    /// <inheritdoc />
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var now = clock.GetUtcNow();
                return now >= _windowEnd ? now - _windowEnd : null;
            }
        }
    }

    /// <inheritdoc />
    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics { CurrentAvailablePermits = clock.GetUtcNow() >= _windowEnd ? Limit : Limit - _used };
        }
    }

    /// <inheritdoc />
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permitCount);
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (now >= _windowEnd)
            {
                _windowEnd = now + window;
                _used = 0;
            }

            if (_used + permitCount <= Limit)
            {
                _used += permitCount;
                return Lease.Acquired;
            }

            return new Lease(false, _windowEnd - now);
        }
    }

    /// <inheritdoc />
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Acquired = new(true, null);

        public override bool IsAcquired { get; } = acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
