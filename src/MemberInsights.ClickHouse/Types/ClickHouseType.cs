using System.Net;
using System.Numerics;

namespace MemberInsights.ClickHouse.Types;

/// <summary>
/// A parsed ClickHouse data type such as <c>Nullable(LowCardinality(String))</c>. One instance
/// describes a column for both the result reader and the <see cref="Formats.RowBinaryBatch"/> encoder.
/// </summary>
public sealed class ClickHouseType
{
    private static readonly IReadOnlyList<ClickHouseType> NoArguments = [];

    internal ClickHouseType(ClickHouseTypeKind kind, string name)
    {
        Kind = kind;
        Name = name;
        Arguments = NoArguments;
    }

    /// <summary>The type family.</summary>
    public ClickHouseTypeKind Kind { get; }

    /// <summary>The type as ClickHouse spells it, e.g. <c>DateTime64(3, 'UTC')</c>.</summary>
    public string Name { get; }

    /// <summary>Inner types: one for Nullable, LowCardinality and Array; key and value for Map; the elements of a Tuple.</summary>
    public IReadOnlyList<ClickHouseType> Arguments { get; internal init; }

    /// <summary>Decimal precision (total digits) or DateTime64 sub-second precision.</summary>
    public int Precision { get; internal init; }

    /// <summary>Decimal scale (digits after the point).</summary>
    public int Scale { get; internal init; }

    /// <summary>FixedString length in bytes.</summary>
    public int Length { get; internal init; }

    /// <summary>The explicit time zone of a DateTime or DateTime64, if any.</summary>
    public string? TimeZone { get; internal init; }

    /// <summary>Enum names by value.</summary>
    public IReadOnlyDictionary<int, string>? EnumNames { get; internal init; }

    /// <summary>Enum values by name.</summary>
    public IReadOnlyDictionary<string, int>? EnumValues { get; internal init; }

    /// <summary>Tuple element names (null entries for unnamed elements).</summary>
    public IReadOnlyList<string?>? ElementNames { get; internal init; }

    /// <summary>True for <c>Nullable(T)</c>, also when wrapped in LowCardinality.</summary>
    public bool IsNullable => Unwrapped.Kind == ClickHouseTypeKind.Nullable;

    /// <summary>The type without LowCardinality wrappers (they do not change the row format).</summary>
    public ClickHouseType Unwrapped => Kind == ClickHouseTypeKind.LowCardinality ? Arguments[0].Unwrapped : this;

    /// <summary>The type without LowCardinality and Nullable wrappers.</summary>
    public ClickHouseType Underlying
    {
        get
        {
            var type = Unwrapped;
            return type.Kind == ClickHouseTypeKind.Nullable ? type.Arguments[0].Unwrapped : type;
        }
    }

    /// <summary>Bytes per Decimal value on the wire: 4, 8, 16 or 32.</summary>
    public int DecimalSize => Precision switch { <= 9 => 4, <= 18 => 8, <= 38 => 16, _ => 32 };

    /// <summary>The .NET type values of this column are read as.</summary>
    public Type ClrType => _clrType ??= ComputeClrType();

    private Type? _clrType;

    private Type ComputeClrType() => Kind switch
    {
        ClickHouseTypeKind.Int8 => typeof(sbyte),
        ClickHouseTypeKind.Int16 => typeof(short),
        ClickHouseTypeKind.Int32 => typeof(int),
        ClickHouseTypeKind.Int64 => typeof(long),
        ClickHouseTypeKind.Int128 => typeof(Int128),
        ClickHouseTypeKind.UInt8 => typeof(byte),
        ClickHouseTypeKind.UInt16 => typeof(ushort),
        ClickHouseTypeKind.UInt32 => typeof(uint),
        ClickHouseTypeKind.UInt64 => typeof(ulong),
        ClickHouseTypeKind.UInt128 => typeof(UInt128),
        ClickHouseTypeKind.Int256 or ClickHouseTypeKind.UInt256 => typeof(BigInteger),
        ClickHouseTypeKind.Float32 or ClickHouseTypeKind.BFloat16 => typeof(float),
        ClickHouseTypeKind.Float64 => typeof(double),
        ClickHouseTypeKind.Decimal => typeof(decimal),
        ClickHouseTypeKind.Bool => typeof(bool),
        ClickHouseTypeKind.String or ClickHouseTypeKind.FixedString => typeof(string),
        ClickHouseTypeKind.Enum8 or ClickHouseTypeKind.Enum16 => typeof(string),
        ClickHouseTypeKind.Date or ClickHouseTypeKind.Date32 => typeof(DateOnly),
        ClickHouseTypeKind.DateTime or ClickHouseTypeKind.DateTime64 => typeof(DateTime),
        ClickHouseTypeKind.Uuid => typeof(Guid),
        ClickHouseTypeKind.IPv4 or ClickHouseTypeKind.IPv6 => typeof(IPAddress),
        ClickHouseTypeKind.LowCardinality => Arguments[0].ClrType,
        ClickHouseTypeKind.Nullable => Arguments[0].ClrType is { IsValueType: true } inner ? typeof(Nullable<>).MakeGenericType(inner) : Arguments[0].ClrType,
        ClickHouseTypeKind.Array => Arguments[0].ClrType.MakeArrayType(),
        ClickHouseTypeKind.Map => typeof(Dictionary<,>).MakeGenericType(Arguments[0].ClrType, Arguments[1].ClrType),
        ClickHouseTypeKind.Tuple => typeof(object[]),
        _ => typeof(object),
    };

    /// <summary>Parses a ClickHouse type name, e.g. <c>Array(Nullable(Decimal(18, 4)))</c>.</summary>
    /// <exception cref="FormatException">The text is not a type this client supports.</exception>
    public static ClickHouseType Parse(string text) => ClickHouseTypeParser.Parse(text);

    /// <inheritdoc />
    public override string ToString() => Name;
}
