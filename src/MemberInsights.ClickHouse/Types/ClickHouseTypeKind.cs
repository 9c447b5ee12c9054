namespace MemberInsights.ClickHouse.Types;

/// <summary>The ClickHouse data type families this client reads and writes.</summary>
public enum ClickHouseTypeKind
{
    /// <summary>Signed 8-bit integer.</summary>
    Int8,
    /// <summary>Signed 16-bit integer.</summary>
    Int16,
    /// <summary>Signed 32-bit integer.</summary>
    Int32,
    /// <summary>Signed 64-bit integer.</summary>
    Int64,
    /// <summary>Signed 128-bit integer.</summary>
    Int128,
    /// <summary>Signed 256-bit integer.</summary>
    Int256,
    /// <summary>Unsigned 8-bit integer.</summary>
    UInt8,
    /// <summary>Unsigned 16-bit integer.</summary>
    UInt16,
    /// <summary>Unsigned 32-bit integer.</summary>
    UInt32,
    /// <summary>Unsigned 64-bit integer.</summary>
    UInt64,
    /// <summary>Unsigned 128-bit integer.</summary>
    UInt128,
    /// <summary>Unsigned 256-bit integer.</summary>
    UInt256,
    /// <summary>IEEE 754 single precision.</summary>
    Float32,
    /// <summary>IEEE 754 double precision.</summary>
    Float64,
    /// <summary>Brain float: the top 16 bits of a Float32, read as <see cref="float"/>.</summary>
    BFloat16,
    /// <summary>Decimal(P, S) of any width (Decimal32/64/128/256).</summary>
    Decimal,
    /// <summary>Boolean stored as one byte.</summary>
    Bool,
    /// <summary>Byte string, read as UTF-8.</summary>
    String,
    /// <summary>Fixed-length byte string.</summary>
    FixedString,
    /// <summary>Days since 1970-01-01 as UInt16.</summary>
    Date,
    /// <summary>Days since 1970-01-01 as Int32.</summary>
    Date32,
    /// <summary>Unix seconds as UInt32, with an optional time zone.</summary>
    DateTime,
    /// <summary>Ticks of 10^-precision seconds since the epoch, with an optional time zone.</summary>
    DateTime64,
    /// <summary>128-bit UUID.</summary>
    Uuid,
    /// <summary>IPv4 address.</summary>
    IPv4,
    /// <summary>IPv6 address.</summary>
    IPv6,
    /// <summary>8-bit enumeration, read as the value's name.</summary>
    Enum8,
    /// <summary>16-bit enumeration, read as the value's name.</summary>
    Enum16,
    /// <summary>Nullable wrapper.</summary>
    Nullable,
    /// <summary>LowCardinality wrapper (same wire format as its inner type).</summary>
    LowCardinality,
    /// <summary>Array of one element type.</summary>
    Array,
    /// <summary>Map of key type to value type.</summary>
    Map,
    /// <summary>Tuple of element types.</summary>
    Tuple,
    /// <summary>The type of NULL literals and empty arrays.</summary>
    Nothing,
}
