using System.Net;
using System.Numerics;

namespace MemberInsights.ClickHouse.Tests;

/// <summary>The real engine produces each type from SQL literals; the reader must decode it exactly.</summary>
[Collection(EmbeddedEngineCollection.Name)]
public sealed class ReaderTypeTests(EmbeddedEngineFixture engine)
{
    private Task<ClickHouseRow> Row(string selectList) =>
        engine.Client.QueryListAsync("SELECT " + selectList, r => r).ContinueWith(t => t.Result.Single(), TaskScheduler.Default);

    [Fact]
    public async Task Signed_integers_at_their_limits()
    {
        var row = await Row("toInt8(-128), toInt8(127), toInt16(-32768), toInt32(-2147483648), toInt64(-9223372036854775808), toInt64(9223372036854775807)");
        Assert.Equal((sbyte)-128, row[0]);
        Assert.Equal((sbyte)127, row[1]);
        Assert.Equal((short)-32768, row[2]);
        Assert.Equal(int.MinValue, row[3]);
        Assert.Equal(long.MinValue, row[4]);
        Assert.Equal(long.MaxValue, row[5]);
    }

    [Fact]
    public async Task Unsigned_integers_at_their_limits()
    {
        var row = await Row("toUInt8(255), toUInt16(65535), toUInt32(4294967295), toUInt64(18446744073709551615), toUInt8(0)");
        Assert.Equal((byte)255, row[0]);
        Assert.Equal(ushort.MaxValue, row[1]);
        Assert.Equal(uint.MaxValue, row[2]);
        Assert.Equal(ulong.MaxValue, row[3]);
        Assert.Equal((byte)0, row[4]);
    }

    [Fact]
    public async Task Wide_integers()
    {
        var row = await Row("toInt128('-170141183460469231731687303715884105728'), toUInt128('340282366920938463463374607431768211455'), toInt256('-57896044618658097711785492504343953926634992332820282019728792003956564819968'), toUInt256('12345678901234567890123456789012345678901234567890')");
        Assert.Equal(Int128.MinValue, row[0]);
        Assert.Equal(UInt128.MaxValue, row[1]);
        Assert.Equal(-BigInteger.Pow(2, 255), row[2]);
        Assert.Equal(BigInteger.Parse("12345678901234567890123456789012345678901234567890"), row[3]);
    }

    [Fact]
    public async Task Floats_including_nan_and_infinities()
    {
        var row = await Row("toFloat32(1.5), toFloat64(-2.25), nan, inf, -inf, toFloat32(nan), toFloat64(5e-324), toBFloat16(-3.5)");
        Assert.Equal(1.5f, row[0]);
        Assert.Equal(-2.25, row[1]);
        Assert.True(double.IsNaN((double)row[2]!));
        Assert.Equal(double.PositiveInfinity, row[3]);
        Assert.Equal(double.NegativeInfinity, row[4]);
        Assert.True(float.IsNaN((float)row[5]!));
        Assert.Equal(double.Epsilon, row[6]);
        Assert.Equal(-3.5f, row[7]);
    }

    [Fact]
    public async Task Decimals_keep_their_scale_in_every_width()
    {
        var row = await Row("toDecimal32(-1234.5678, 4), toDecimal64('123456789012.345678', 6), toDecimal128('-79228162514264337593543950335', 0), toDecimal128('1.0000000000000000000000000001', 28), CAST('99.99' AS Decimal(76, 2)), toDecimal32(0, 3)");
        Assert.Equal(-1234.5678m, row[0]);
        Assert.Equal(123456789012.345678m, row[1]);
        Assert.Equal(decimal.MinValue, row[2]);
        Assert.Equal(1.0000000000000000000000000001m, row[3]);
        Assert.Equal(99.99m, row[4]);
        Assert.Equal("0.000", ((decimal)row[5]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(4, row.Columns[0].Type.Scale);
    }

    [Fact]
    public async Task Strings_empty_unicode_and_binary_safe()
    {
        var row = await Row("'', 'Grüße, 世界 🏃', 'tab\\there\\nnewline', toFixedString('ab', 4), repeat('x', 100000)");
        Assert.Equal("", row[0]);
        Assert.Equal("Grüße, 世界 🏃", row[1]);
        Assert.Equal("tab\there\nnewline", row[2]);
        Assert.Equal("ab", row[3]);
        Assert.Equal(100000, row.GetString(4).Length);
    }

    [Fact]
    public async Task Dates_and_times_with_precision_and_time_zones()
    {
        var row = await Row("toDate('2149-06-06'), toDate32('1900-01-01'), toDateTime('2024-02-29 23:59:59', 'UTC'), toDateTime64('2024-01-15 10:30:00.123456', 6, 'UTC'), toDateTime64('1969-12-31 23:59:59.9', 1, 'UTC'), toDateTime('2024-01-15 12:00:00', 'Asia/Tokyo'), toDate('1970-01-01')");
        Assert.Equal(new DateOnly(2149, 6, 6), row[0]);
        Assert.Equal(new DateOnly(1900, 1, 1), row[1]);
        Assert.Equal(new DateTime(2024, 2, 29, 23, 59, 59, DateTimeKind.Utc), row[2]);
        Assert.Equal(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc).AddTicks(1234560), row[3]);
        Assert.Equal(new DateTime(1969, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddMilliseconds(900), row[4]);
        Assert.Equal(new DateTime(2024, 1, 15, 3, 0, 0, DateTimeKind.Utc), row[5]);
        Assert.Equal("Asia/Tokyo", row.Columns[5].Type.TimeZone);
        Assert.Equal(new DateOnly(1970, 1, 1), row[6]);
        Assert.Equal(6, row.Columns[3].Type.Precision);
    }

    [Fact]
    public async Task Uuid_uses_clickhouse_byte_order()
    {
        var row = await Row("toUUID('61f0c404-5cb3-11e7-907b-a6006ad3dba0'), toUUID('00000000-0000-0000-0000-000000000000')");
        Assert.Equal(Guid.Parse("61f0c404-5cb3-11e7-907b-a6006ad3dba0"), row[0]);
        Assert.Equal(Guid.Empty, row[1]);
    }

    [Fact]
    public async Task Bool_enum_and_ip_addresses()
    {
        var row = await Row("true, false, CAST('b' AS Enum8('a' = -1, 'b' = 2)), CAST('it''s' AS Enum16('it''s' = 1000, 'x' = 1)), toIPv4('127.0.0.1'), toIPv6('2001:db8::1')");
        Assert.Equal(true, row[0]);
        Assert.Equal(false, row[1]);
        Assert.Equal("b", row[2]);
        Assert.Equal("it's", row[3]);
        Assert.Equal(IPAddress.Parse("127.0.0.1"), row[4]);
        Assert.Equal(IPAddress.Parse("2001:db8::1"), row[5]);
    }

    [Fact]
    public async Task Nullable_and_low_cardinality()
    {
        var row = await Row("CAST(NULL AS Nullable(Int32)), CAST(7 AS Nullable(Int32)), NULL, toLowCardinality('lc'), CAST(NULL AS LowCardinality(Nullable(String))), CAST('v' AS LowCardinality(Nullable(String)))");
        Assert.Null(row[0]);
        Assert.True(row.IsNull(0));
        Assert.Equal(7, row[1]);
        Assert.Null(row[2]);
        Assert.Equal("lc", row[3]);
        Assert.Null(row[4]);
        Assert.Equal("v", row[5]);
        Assert.True(row.Columns[4].Type.IsNullable);
    }

    [Fact]
    public async Task Arrays_empty_nested_and_of_nullable()
    {
        var row = await Row("[], [1, 2, 3], [[1, NULL], [], [NULL]], ['a', ''], [toDate('2024-01-01')]");
        Assert.Empty((Array)row[0]!);
        Assert.Equal(new byte[] { 1, 2, 3 }, row[1]);
        var nested = (byte?[][])row[2]!;
        Assert.Equal(3, nested.Length);
        Assert.Equal(new byte?[] { 1, null }, nested[0]);
        Assert.Empty(nested[1]);
        Assert.Equal(new byte?[] { null }, nested[2]);
        Assert.Equal(new[] { "a", "" }, row[3]);
        Assert.Equal(new[] { new DateOnly(2024, 1, 1) }, row[4]);
    }

    [Fact]
    public async Task Maps_and_tuples()
    {
        var row = await Row("map('a', 1, 'b', 2), tuple(1, 'x', NULL), CAST((1, 'n') AS Tuple(id UInt8, name String)), map()");
        var map = (Dictionary<string, byte>)row[0]!;
        Assert.Equal(2, map["b"]);
        Assert.Equal(new object?[] { (byte)1, "x", null }, row[1]);
        Assert.Equal(new string?[] { "id", "name" }, row.Columns[2].Type.ElementNames);
        Assert.Empty((System.Collections.IDictionary)row[3]!);
    }

    [Fact]
    public async Task Rows_stream_across_chunks_and_named_access_works()
    {
        var count = 0L;
        var sum = 0UL;
        await foreach (var row in engine.Client.QueryAsync("SELECT number AS n, toString(number) AS s FROM numbers(300000)"))
        {
            sum += row.GetUInt64("n");
            Assert.Equal(row.GetUInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture), row.GetString("s"));
            count++;
        }

        Assert.Equal(300000, count);
        Assert.Equal(299999UL * 300000 / 2, sum);
    }

    [Fact]
    public async Task Empty_result_has_no_rows_and_scalar_converts()
    {
        Assert.Empty(await engine.Client.QueryListAsync("SELECT 1 WHERE 0", r => r));
        Assert.Equal(42L, await engine.Client.ScalarAsync<long>("SELECT toUInt8(42)"));
        Assert.StartsWith("26.", await engine.Client.GetVersionAsync(), StringComparison.Ordinal);
    }
}
