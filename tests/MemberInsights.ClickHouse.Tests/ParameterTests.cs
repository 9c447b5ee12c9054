namespace MemberInsights.ClickHouse.Tests;

/// <summary>Values reach the engine as bound parameters: what comes back is exactly what was sent.</summary>
[Collection(EmbeddedEngineCollection.Name)]
public sealed class ParameterTests(EmbeddedEngineFixture engine)
{
    public static TheoryData<string> HostileStrings => new()
    {
        "",
        "plain",
        "it's",
        "' OR 1=1 --",
        "back\\slash\\",
        "\\N",
        "tab\there",
        "new\nline\r\n",
        "nul\0byte",
        "{x:String}",
        "Grüße 世界 🏃‍♀️",
        "'; DROP TABLE t; --",
        "%2B+&=?#",
    };

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public async Task Hostile_strings_round_trip_unchanged(string value)
    {
        var row = (await engine.Client.QueryListAsync(
            "SELECT {s:String} AS s, length({s:String}) AS n",
            r => r,
            new QueryParameters().Add("s", value))).Single();
        Assert.Equal(value, row.GetString("s"));
        Assert.Equal((ulong)System.Text.Encoding.UTF8.GetByteCount(value), row.GetUInt64("n"));
    }

    [Fact]
    public async Task A_bound_string_is_data_not_sql()
    {
        var count = await engine.Client.ScalarAsync<ulong>(
            "SELECT count() FROM numbers(10) WHERE toString(number) = {v:String}",
            new QueryParameters().Add("v", "1' OR '1'='1"));
        Assert.Equal(0UL, count);
    }

    [Fact]
    public async Task Every_scalar_type_binds()
    {
        var when = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddTicks(1234567);
        var id = Guid.NewGuid();
        var parameters = new QueryParameters()
            .Add("i64", long.MinValue)
            .Add("u64", ulong.MaxValue)
            .Add("i32", -5)
            .Add("f", 0.1)
            .Add("nan", double.NaN)
            .Add("inf", double.NegativeInfinity)
            .Add("dec", -12345.6789m)
            .Add("b", true)
            .Add("d", new DateOnly(1925, 3, 4))
            .Add("dt", new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc))
            .Add("dt64", when)
            .Add("id", id)
            .Add("n", (string?)null)
            .Add("ni", (object?)null);
        var row = (await engine.Client.QueryListAsync(
            "SELECT {i64:Int64}, {u64:UInt64}, {i32:Int32}, {f:Float64}, {nan:Float64}, {inf:Float64}, {dec:Decimal(18, 4)}, {b:Bool}, " +
            "{d:Date32}, {dt:DateTime('UTC')}, {dt64:DateTime64(7, 'UTC')}, {id:UUID}, {n:Nullable(String)}, {ni:Nullable(Int32)}",
            r => r,
            parameters)).Single();
        Assert.Equal(long.MinValue, row[0]);
        Assert.Equal(ulong.MaxValue, row[1]);
        Assert.Equal(-5, row[2]);
        Assert.Equal(0.1, row[3]);
        Assert.True(double.IsNaN(row.GetDouble(4)));
        Assert.Equal(double.NegativeInfinity, row[5]);
        Assert.Equal(-12345.6789m, row[6]);
        Assert.Equal(true, row[7]);
        Assert.Equal(new DateOnly(1925, 3, 4), row[8]);
        Assert.Equal(new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc), row[9]);
        Assert.Equal(when, row[10]);
        Assert.Equal(id, row[11]);
        Assert.Null(row[12]);
        Assert.Null(row[13]);
    }

    [Fact]
    public async Task Arrays_and_containers_bind_with_hostile_elements()
    {
        var strings = new[] { "a'b", "c\\d", "tab\t", "line\n", "" };
        var parameters = new QueryParameters()
            .Add("s", strings)
            .Add("n", new long?[] { 1, null, -3 })
            .Add("d", new[] { new DateOnly(2024, 1, 1), new DateOnly(1999, 12, 31) })
            .Add("g", new[] { Guid.Empty })
            .Add("e", Array.Empty<int>())
            .Add("t", (1, "x"))
            .Add("m", new Dictionary<string, int> { ["k'1"] = 1 });
        var row = (await engine.Client.QueryListAsync(
            "SELECT {s:Array(String)}, {n:Array(Nullable(Int64))}, {d:Array(Date)}, {g:Array(UUID)}, {e:Array(Int32)}, {t:Tuple(Int32, String)}, {m:Map(String, Int32)}",
            r => r,
            parameters)).Single();
        Assert.Equal(strings, row[0]);
        Assert.Equal(new long?[] { 1, null, -3 }, row[1]);
        Assert.Equal(new[] { new DateOnly(2024, 1, 1), new DateOnly(1999, 12, 31) }, row[2]);
        Assert.Equal(new[] { Guid.Empty }, row[3]);
        Assert.Empty((int[])row[4]!);
        Assert.Equal(new object?[] { 1, "x" }, row[5]);
        Assert.Equal(1, ((Dictionary<string, int>)row[6]!)["k'1"]);
    }

    [Fact]
    public void Invalid_parameter_names_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new QueryParameters().Add("bad name", 1));
        Assert.Throws<ArgumentException>(() => new QueryParameters().Add("1x", 1));
    }
}
