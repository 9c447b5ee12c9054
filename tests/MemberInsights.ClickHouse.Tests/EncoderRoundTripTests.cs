using System.Net;
using System.Numerics;
using MemberInsights.ClickHouse.Formats;

namespace MemberInsights.ClickHouse.Tests;

/// <summary>Rows encoded by <see cref="RowBinaryBatch"/> and inserted read back equal.</summary>
[Collection(EmbeddedEngineCollection.Name)]
public sealed class EncoderRoundTripTests(EmbeddedEngineFixture engine)
{
    private static readonly ColumnDefinition[] AllTypes =
    [
        new("i8", "Int8"), new("i16", "Int16"), new("i32", "Int32"), new("i64", "Int64"), new("i128", "Int128"), new("i256", "Int256"),
        new("u8", "UInt8"), new("u16", "UInt16"), new("u32", "UInt32"), new("u64", "UInt64"), new("u128", "UInt128"), new("u256", "UInt256"),
        new("f32", "Float32"), new("f64", "Float64"),
        new("d32", "Decimal(9, 4)"), new("d64", "Decimal(18, 6)"), new("d128", "Decimal(38, 10)"), new("d256", "Decimal(76, 2)"),
        new("b", "Bool"), new("s", "String"), new("fs", "FixedString(8)"), new("lc", "LowCardinality(String)"),
        new("ns", "Nullable(String)"), new("lcn", "LowCardinality(Nullable(String))"),
        new("dt", "Date"), new("d32x", "Date32"), new("tm", "DateTime('UTC')"), new("tm64", "DateTime64(3, 'UTC')"), new("tm9", "DateTime64(9)"),
        new("id", "UUID"), new("e8", "Enum8('red' = 1, 'green' = -2)"), new("e16", "Enum16('x' = 1000)"),
        new("ip4", "IPv4"), new("ip6", "IPv6"),
        new("arr", "Array(Nullable(Int32))"), new("nested", "Array(Array(String))"), new("m", "Map(String, UInt64)"), new("tup", "Tuple(UInt8, String)"),
    ];

    private static object?[] Extremes() =>
    [
        sbyte.MinValue, short.MaxValue, int.MinValue, long.MaxValue, Int128.MinValue, -BigInteger.Pow(2, 255),
        byte.MaxValue, ushort.MaxValue, uint.MaxValue, ulong.MaxValue, UInt128.MaxValue, BigInteger.Pow(2, 256) - 1,
        float.NaN, double.NegativeInfinity,
        -99999.9999m, 123456789012.345678m, 1234567890123456789.0123456789m, -12345678901234567890123456.78m,
        true, "Grüße 世界 🏃 \t\n\\'\0", "abc", "low",
        null, "lc-value",
        new DateOnly(2149, 6, 6), new DateOnly(1900, 1, 1), new DateTime(2106, 2, 7, 6, 28, 15, DateTimeKind.Utc),
        new DateTime(2024, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc), new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1234567),
        Guid.Parse("61f0c404-5cb3-11e7-907b-a6006ad3dba0"), "green", "x",
        IPAddress.Parse("10.1.2.3"), IPAddress.Parse("2001:db8::ff"),
        new int?[] { 1, null, -1 }, new[] { new[] { "a", "" }, Array.Empty<string>() }, new Dictionary<string, ulong> { ["k"] = 7 }, new object?[] { (byte)9, "t" },
    ];

    private static object?[] Minimal() =>
    [
        (sbyte)0, (short)0, 0, 0L, Int128.Zero, BigInteger.Zero,
        (byte)0, (ushort)0, 0u, 0UL, UInt128.Zero, BigInteger.Zero,
        float.PositiveInfinity, double.Epsilon,
        0.0001m, -0.000001m, 0m, 0m,
        false, "", "", "",
        "", null,
        new DateOnly(1970, 1, 1), new DateOnly(2299, 12, 31), DateTime.UnixEpoch,
        new DateTime(1960, 1, 1, 0, 0, 0, DateTimeKind.Utc), DateTime.UnixEpoch,
        Guid.Empty, "red", "x",
        IPAddress.Parse("0.0.0.0"), IPAddress.Parse("::"),
        Array.Empty<int?>(), Array.Empty<string[]>(), new Dictionary<string, ulong>(), new object?[] { (byte)0, "" },
    ];

    [Fact]
    public async Task Every_type_round_trips_through_an_insert()
    {
        await using var db = await engine.CreateDatabaseAsync();
        var columns = string.Join(", ", AllTypes.Select(c => $"`{c.Name}` {c.Type}"));
        await db.Client.ExecuteAsync($"CREATE TABLE all_types (k UInt8, {columns}) ENGINE = MergeTree ORDER BY k");

        var definitions = new[] { new ColumnDefinition("k", "UInt8") }.Concat(AllTypes).ToArray();
        var batch = new RowBinaryBatch(definitions);
        batch.AddRow([(byte)1, .. Extremes()]);
        batch.AddRow([(byte)2, .. Minimal()]);
        var stats = await db.Client.InsertAsync("all_types", batch);
        Assert.Equal(2, stats.RowsWritten);

        var rows = await db.Client.QueryListAsync("SELECT * FROM all_types ORDER BY k", r => r);
        Assert.Equal(2, rows.Count);
        AssertRow(Extremes(), rows[0]);
        AssertRow(Minimal(), rows[1]);
    }

    [Fact]
    public async Task Typed_writers_produce_the_same_bytes_as_the_generic_path()
    {
        ColumnDefinition[] columns =
        [
            new("id", "UInt32"), new("name", "LowCardinality(String)"), new("score", "Nullable(Float64)"), new("day", "Date"),
            new("at", "DateTime64(3, 'UTC')"), new("amount", "Decimal(12, 2)"), new("member", "UUID"), new("active", "Bool"), new("n", "Int64"),
        ];
        var at = new DateTime(2024, 3, 1, 12, 0, 0, 250, DateTimeKind.Utc);
        var member = Guid.NewGuid();
        var typed = new RowBinaryBatch(columns);
        typed.BeginRow();
        typed.WriteUInt32(7);
        typed.WriteString("alice");
        typed.WriteNull();
        typed.WriteDate(new DateOnly(2024, 3, 1));
        typed.WriteDateTime(at);
        typed.WriteDecimal(12.5m);
        typed.WriteUuid(member);
        typed.WriteBool(true);
        typed.WriteInt64(-1);
        typed.EndRow();

        var generic = new RowBinaryBatch(columns);
        generic.AddRow(7u, "alice", null, new DateOnly(2024, 3, 1), at, 12.5m, member, true, -1L);
        Assert.Equal(generic.Data.ToArray(), typed.Data.ToArray());
        Assert.Equal(1, typed.RowCount);
        Assert.Equal(typed.Data.Length, typed.ByteCount);

        await using var db = await engine.CreateDatabaseAsync();
        await db.Client.ExecuteAsync("CREATE TABLE t (id UInt32, name LowCardinality(String), score Nullable(Float64), day Date, at DateTime64(3, 'UTC'), amount Decimal(12, 2), member UUID, active Bool, n Int64) ENGINE = Memory");
        await db.Client.InsertAsync("t", typed);
        var row = (await db.Client.QueryListAsync("SELECT * FROM t", r => r)).Single();
        AssertRow([7u, "alice", null, new DateOnly(2024, 3, 1), at, 12.5m, member, true, -1L], row);
    }

    [Fact]
    public void Typed_writers_check_column_order_and_count()
    {
        var batch = new RowBinaryBatch([new("a", "UInt32"), new("b", "String")]);
        batch.BeginRow();
        Assert.Throws<InvalidOperationException>(() => batch.WriteString("wrong column"));
        batch.AbandonRow();
        batch.BeginRow();
        batch.WriteUInt32(1);
        Assert.Throws<InvalidOperationException>(() => batch.EndRow());
        batch.WriteString("ok");
        batch.EndRow();
        Assert.Throws<InvalidOperationException>(() => batch.WriteNull());
        Assert.Throws<ArgumentException>(() => batch.AddRow(1u));
        Assert.Throws<ArgumentException>(() => batch.AddRow(1u, null));
        Assert.Equal(1, batch.RowCount);
    }

    [Fact]
    public async Task Deduplication_token_makes_a_repeated_insert_idempotent()
    {
        await using var db = await engine.CreateDatabaseAsync();
        await db.Client.ExecuteAsync("CREATE TABLE events (id UInt64) ENGINE = MergeTree ORDER BY id SETTINGS non_replicated_deduplication_window = 100");
        var batch = new RowBinaryBatch([new("id", "UInt64")]);
        for (var i = 0UL; i < 10; i++)
        {
            batch.AddRow(i);
        }

        var settings = new QuerySettings { InsertDeduplicationToken = "load-1-part-1" };
        await db.Client.InsertAsync("events", batch, settings);
        await db.Client.InsertAsync("events", batch, settings);
        Assert.Equal(10UL, await db.Client.ScalarAsync<ulong>("SELECT count() FROM events"));
        await db.Client.InsertAsync("events", batch, new QuerySettings { InsertDeduplicationToken = "load-2" });
        Assert.Equal(20UL, await db.Client.ScalarAsync<ulong>("SELECT count() FROM events"));
    }

    [Fact]
    public async Task Insert_into_a_missing_table_raises_unknown_table()
    {
        var batch = new RowBinaryBatch([new("id", "UInt64")]);
        batch.AddRow(1UL);
        var error = await Assert.ThrowsAsync<ClickHouseException>(() => engine.Client.InsertAsync("no_such_table_y", batch));
        Assert.Equal(60, error.ErrorCode);
    }

    private static void AssertRow(object?[] expected, ClickHouseRow row)
    {
        var offset = row.FieldCount - expected.Length;
        for (var i = 0; i < expected.Length; i++)
        {
            var actual = row[i + offset];
            var column = row.Columns[i + offset];
            switch (expected[i])
            {
                case float f when float.IsNaN(f):
                    Assert.True(float.IsNaN((float)actual!), column.Name);
                    break;
                case string s when column.Type.Underlying.Kind == Types.ClickHouseTypeKind.String && s.Contains('\0', StringComparison.Ordinal):
                    Assert.Equal(s, actual);
                    break;
                case System.Collections.IDictionary or object?[] or Array:
                    Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected[i]), System.Text.Json.JsonSerializer.Serialize(actual));
                    break;
                default:
                    Assert.True(Equals(expected[i], actual), $"{column.Name} ({column.Type}): expected {expected[i]} but read {actual}");
                    break;
            }
        }
    }
}
