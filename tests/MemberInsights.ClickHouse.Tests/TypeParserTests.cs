using MemberInsights.ClickHouse.Types;

namespace MemberInsights.ClickHouse.Tests;

public sealed class TypeParserTests
{
    [Fact]
    public void Parses_nested_wrappers()
    {
        var type = ClickHouseType.Parse("Array(Nullable(LowCardinality(String)))");
        Assert.Equal(ClickHouseTypeKind.Array, type.Kind);
        Assert.True(type.Arguments[0].IsNullable);
        Assert.Equal(ClickHouseTypeKind.String, type.Arguments[0].Underlying.Kind);
        Assert.Equal(typeof(string[]), type.ClrType);
    }

    [Theory]
    [InlineData("Decimal(9, 2)", 9, 2, 4)]
    [InlineData("Decimal(10,2)", 10, 2, 8)]
    [InlineData("Decimal128(5)", 38, 5, 16)]
    [InlineData("Decimal(76, 10)", 76, 10, 32)]
    public void Decimal_width_follows_precision(string text, int precision, int scale, int size)
    {
        var type = ClickHouseType.Parse(text);
        Assert.Equal((precision, scale, size), (type.Precision, type.Scale, type.DecimalSize));
    }

    [Fact]
    public void Parses_time_zones_enums_tuples_and_maps()
    {
        Assert.Equal("Europe/Berlin", ClickHouseType.Parse("DateTime64(6, 'Europe/Berlin')").TimeZone);
        Assert.Null(ClickHouseType.Parse("DateTime").TimeZone);
        var e = ClickHouseType.Parse("Enum8('a\\'b' = -1, 'c' = 2)");
        Assert.Equal("a'b", e.EnumNames![-1]);
        var tuple = ClickHouseType.Parse("Tuple(id UInt64, tags Array(String), Nullable(Float64))");
        Assert.Equal(new string?[] { "id", "tags", null }, tuple.ElementNames);
        Assert.Equal(ClickHouseTypeKind.Map, ClickHouseType.Parse("Map(LowCardinality(String), UInt64)").Kind);
        Assert.Equal(ClickHouseTypeKind.UInt64, ClickHouseType.Parse("SimpleAggregateFunction(sum, UInt64)").Kind);
    }

    [Theory]
    [InlineData("Strin")]
    [InlineData("Array(String")]
    [InlineData("Nullable(Int32) x")]
    [InlineData("AggregateFunction(count)")]
    public void Rejects_what_it_cannot_read(string text) => Assert.Throws<FormatException>(() => ClickHouseType.Parse(text));
}
