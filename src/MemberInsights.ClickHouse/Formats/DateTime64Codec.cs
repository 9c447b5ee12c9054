namespace MemberInsights.ClickHouse.Formats;

/// <summary>Converts between UTC <see cref="DateTime"/> and DateTime64 ticks of 10^-precision seconds.</summary>
internal static class DateTime64Codec
{
    private static readonly long[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

    public static DateTime Decode(long value, int precision)
    {
        var ticks = precision <= 7 ? value * PowersOfTen[7 - precision] : Math.DivRem(value, PowersOfTen[precision - 7], out _);
        return new DateTime(DateTime.UnixEpoch.Ticks + ticks, DateTimeKind.Utc);
    }

    public static long Encode(DateTime value, int precision)
    {
        var ticks = Utc(value).Ticks - DateTime.UnixEpoch.Ticks;
        return precision <= 7 ? Math.DivRem(ticks, PowersOfTen[7 - precision], out _) : ticks * PowersOfTen[precision - 7];
    }

    public static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
}
