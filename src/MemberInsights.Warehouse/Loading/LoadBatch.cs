using System.Globalization;

namespace MemberInsights.Warehouse.Loading;

/// <summary>
/// One unit of generated telemetry: consecutive days for a contiguous member range. Its rows depend only
/// on the seed and this key, so its insert token is stable: a re-sent batch is dropped by ClickHouse.
/// </summary>
/// <param name="FirstDay">First day.</param>
/// <param name="DayCount">Number of consecutive days.</param>
/// <param name="MemberFrom">First member id (inclusive).</param>
/// <param name="MemberTo">Last member id (inclusive).</param>
public sealed record LoadBatch(DateOnly FirstDay, int DayCount, uint MemberFrom, uint MemberTo)
{
    /// <summary>Bumped whenever the generator's output changes, so old tokens cannot match new rows.</summary>
    public const int GeneratorVersion = 2;

    /// <summary>The last day.</summary>
    public DateOnly LastDay => FirstDay.AddDays(DayCount - 1);

    /// <summary>Member-days covered.</summary>
    public long MemberDays => (long)DayCount * (MemberTo - MemberFrom + 1);

    /// <summary>The insert_deduplication_token of the batch's rows in <paramref name="table"/>.</summary>
    public string TokenFor(ulong seed, string table) => string.Create(
        CultureInfo.InvariantCulture, $"mi:g{GeneratorVersion}:{table}:s{seed}:{FirstDay:yyyyMMdd}+{DayCount}:m{MemberFrom}-{MemberTo}");
}
