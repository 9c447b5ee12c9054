using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Assistant.Answering;

/// <summary>
/// The data's as-of date: the newest event day in the marts (<c>agg_cohort_daily</c>), which plays "today" for
/// relative dates. Cached for <see cref="TimeToLive"/>, since it moves only when a load completes.
/// </summary>
public sealed class AsOfDate(ClickHouseClient client, TimeProvider? clock = null)
{
    /// <summary>How long a read date is reused.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private volatile CachedDate? _cached;

    /// <summary>The newest event day; today (UTC) when the warehouse holds no events.</summary>
    public async Task<DateOnly> GetAsync(CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        if (_cached is { } cached && cached.ExpiresAt > now)
        {
            return cached.Date;
        }

        var rows = await client.QueryListAsync(
            "SELECT count() AS days, max(event_date) AS newest FROM agg_cohort_daily",
            row => (Days: row.Get<ulong>(0), Newest: row.Get<DateOnly>(1)),
            ct: ct).ConfigureAwait(false);
        var date = rows[0].Days > 0 ? rows[0].Newest : DateOnly.FromDateTime(now.UtcDateTime);
        _cached = new CachedDate(date, now + TimeToLive);
        return date;
    }

    private sealed record CachedDate(DateOnly Date, DateTimeOffset ExpiresAt);
}
