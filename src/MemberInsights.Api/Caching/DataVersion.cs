using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Caching;

/// <summary>
/// The warehouse's data version: it advances with every row of <c>pipeline_run_log</c> (each step, check and
/// closing <c>run</c> row of a load or ingest). Values computed from the marts and the run log are cached
/// under it, so a load invalidates them. It is re-read at most every <see cref="RecheckAfter"/>, so a
/// change shows within that time. Rows changed outside a pipeline run do not advance it.
/// </summary>
public sealed class DataVersion(ClickHouseClient client, TimeProvider clock)
{
    /// <summary>How long a read version is trusted before it is read again.</summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(2);

    private const string Sql = "SELECT toString(count()) || '@' || toString(max(finished_at)) FROM pipeline_run_log";

    private volatile Reading? _last;

    /// <summary>The current version: the run log's rows and its newest finish time.</summary>
    public async Task<string> CurrentAsync(CancellationToken ct)
    {
        var last = _last;
        if (last is not null && clock.GetUtcNow() - last.ReadAt < RecheckAfter)
        {
            return last.Version;
        }

        var readAt = clock.GetUtcNow();
        var version = await client.ScalarAsync<string>(Sql, ct: ct);
        _last = new Reading(version, readAt);
        return version;
    }

    private sealed record Reading(string Version, DateTimeOffset ReadAt);
}
