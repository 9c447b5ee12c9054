using System.Buffers.Binary;
using System.Collections;
using System.Net;
using System.Numerics;
using System.Text;
using MemberInsights.ClickHouse.Types;

namespace MemberInsights.ClickHouse.Formats;

/// <summary>
/// Decodes RowBinary values from a span that may end in the middle of a value: every method returns
/// false, without side effects the caller keeps, when the span does not hold the whole value.
/// </summary>
internal ref struct RowBinaryDecoder
{
    private static readonly int EpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;
    private readonly ReadOnlySpan<byte> _data;

    public RowBinaryDecoder(ReadOnlySpan<byte> data)
    {
        _data = data;
        Position = 0;
    }

    /// <summary>Bytes consumed so far.</summary>
    public int Position { get; private set; }

    public bool TryReadVarUInt(out ulong value)
    {
        value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (Position >= _data.Length)
            {
                return false;
            }

            var b = _data[Position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return true;
            }
        }

        throw new InvalidDataException("Malformed LEB128 length in RowBinary data.");
    }

    public bool TryReadString(out string value)
    {
        value = "";
        if (!TryReadVarUInt(out var length) || !TryTake(checked((int)length), out var bytes))
        {
            return false;
        }

        value = bytes.IsEmpty ? "" : Encoding.UTF8.GetString(bytes);
        return true;
    }

    public bool TryReadValue(ClickHouseType type, out object? value)
    {
        value = null;
        switch (type.Kind)
        {
            case ClickHouseTypeKind.LowCardinality:
                return TryReadValue(type.Arguments[0], out value);
            case ClickHouseTypeKind.Nullable:
                if (!TryTake(1, out var marker))
                {
                    return false;
                }

                return marker[0] != 0 || TryReadValue(type.Arguments[0], out value);
            case ClickHouseTypeKind.Nothing:
                return true;
            case ClickHouseTypeKind.String:
                if (!TryReadString(out var text))
                {
                    return false;
                }

                value = text;
                return true;
            case ClickHouseTypeKind.Array:
                return TryReadArray(type, out value);
            case ClickHouseTypeKind.Map:
                return TryReadMap(type, out value);
            case ClickHouseTypeKind.Tuple:
                return TryReadTuple(type, out value);
            default:
                var size = FixedSize(type);
                if (!TryTake(size, out var bytes))
                {
                    return false;
                }

                value = DecodeFixed(type, bytes);
                return true;
        }
    }

    private bool TryReadArray(ClickHouseType type, out object? value)
    {
        value = null;
        if (!TryReadVarUInt(out var count))
        {
            return false;
        }

        var element = type.Arguments[0];
        var array = Array.CreateInstance(element.ClrType, checked((int)count));
        for (var i = 0; i < array.Length; i++)
        {
            if (!TryReadValue(element, out var item))
            {
                return false;
            }

            array.SetValue(item, i);
        }

        value = array;
        return true;
    }

    private bool TryReadMap(ClickHouseType type, out object? value)
    {
        value = null;
        if (!TryReadVarUInt(out var count))
        {
            return false;
        }

        var map = (IDictionary)Activator.CreateInstance(type.ClrType)!;
        for (ulong i = 0; i < count; i++)
        {
            if (!TryReadValue(type.Arguments[0], out var key) || !TryReadValue(type.Arguments[1], out var item))
            {
                return false;
            }

            map[key!] = item;
        }

        value = map;
        return true;
    }

    private bool TryReadTuple(ClickHouseType type, out object? value)
    {
        value = null;
        var items = new object?[type.Arguments.Count];
        for (var i = 0; i < items.Length; i++)
        {
            if (!TryReadValue(type.Arguments[i], out items[i]))
            {
                return false;
            }
        }

        value = items;
        return true;
    }

    private bool TryTake(int count, out ReadOnlySpan<byte> bytes)
    {
        if (_data.Length - Position < count)
        {
            bytes = default;
            return false;
        }

        bytes = _data.Slice(Position, count);
        Position += count;
        return true;
    }

    private static int FixedSize(ClickHouseType type) => type.Kind switch
    {
        ClickHouseTypeKind.Int8 or ClickHouseTypeKind.UInt8 or ClickHouseTypeKind.Bool or ClickHouseTypeKind.Enum8 => 1,
        ClickHouseTypeKind.Int16 or ClickHouseTypeKind.UInt16 or ClickHouseTypeKind.Date or ClickHouseTypeKind.Enum16 or ClickHouseTypeKind.BFloat16 => 2,
        ClickHouseTypeKind.Int32 or ClickHouseTypeKind.UInt32 or ClickHouseTypeKind.Float32 or ClickHouseTypeKind.Date32
            or ClickHouseTypeKind.DateTime or ClickHouseTypeKind.IPv4 => 4,
        ClickHouseTypeKind.Int64 or ClickHouseTypeKind.UInt64 or ClickHouseTypeKind.Float64 or ClickHouseTypeKind.DateTime64 => 8,
        ClickHouseTypeKind.Int128 or ClickHouseTypeKind.UInt128 or ClickHouseTypeKind.Uuid or ClickHouseTypeKind.IPv6 => 16,
        ClickHouseTypeKind.Int256 or ClickHouseTypeKind.UInt256 => 32,
        ClickHouseTypeKind.Decimal => type.DecimalSize,
        ClickHouseTypeKind.FixedString => type.Length,
        _ => throw new NotSupportedException($"Reading ClickHouse type {type.Name} is not supported."),
    };

    private static object DecodeFixed(ClickHouseType type, ReadOnlySpan<byte> b) => type.Kind switch
    {
        ClickHouseTypeKind.Int8 => (sbyte)b[0],
        ClickHouseTypeKind.UInt8 => b[0],
        ClickHouseTypeKind.Bool => b[0] != 0,
        ClickHouseTypeKind.Int16 => BinaryPrimitives.ReadInt16LittleEndian(b),
        ClickHouseTypeKind.UInt16 => BinaryPrimitives.ReadUInt16LittleEndian(b),
        ClickHouseTypeKind.Int32 => BinaryPrimitives.ReadInt32LittleEndian(b),
        ClickHouseTypeKind.UInt32 => BinaryPrimitives.ReadUInt32LittleEndian(b),
        ClickHouseTypeKind.Int64 => BinaryPrimitives.ReadInt64LittleEndian(b),
        ClickHouseTypeKind.UInt64 => BinaryPrimitives.ReadUInt64LittleEndian(b),
        ClickHouseTypeKind.Int128 => BinaryPrimitives.ReadInt128LittleEndian(b),
        ClickHouseTypeKind.UInt128 => BinaryPrimitives.ReadUInt128LittleEndian(b),
        ClickHouseTypeKind.Int256 => new BigInteger(b, isUnsigned: false),
        ClickHouseTypeKind.UInt256 => new BigInteger(b, isUnsigned: true),
        ClickHouseTypeKind.Float32 => BinaryPrimitives.ReadSingleLittleEndian(b),
        ClickHouseTypeKind.Float64 => BinaryPrimitives.ReadDoubleLittleEndian(b),
        ClickHouseTypeKind.BFloat16 => BitConverter.Int32BitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(b) << 16),
        ClickHouseTypeKind.Decimal => DecimalCodec.Decode(b, type.Scale),
        ClickHouseTypeKind.FixedString => Encoding.UTF8.GetString(b.TrimEnd((byte)0)),
        ClickHouseTypeKind.Date => DateOnly.FromDayNumber(EpochDayNumber + BinaryPrimitives.ReadUInt16LittleEndian(b)),
        ClickHouseTypeKind.Date32 => DateOnly.FromDayNumber(EpochDayNumber + BinaryPrimitives.ReadInt32LittleEndian(b)),
        ClickHouseTypeKind.DateTime => DateTime.UnixEpoch.AddSeconds(BinaryPrimitives.ReadUInt32LittleEndian(b)),
        ClickHouseTypeKind.DateTime64 => DateTime64Codec.Decode(BinaryPrimitives.ReadInt64LittleEndian(b), type.Precision),
        ClickHouseTypeKind.Uuid => UuidCodec.Decode(b),
        ClickHouseTypeKind.IPv4 => new IPAddress([b[3], b[2], b[1], b[0]]),
        ClickHouseTypeKind.IPv6 => new IPAddress(b),
        ClickHouseTypeKind.Enum8 => EnumName(type, (sbyte)b[0]),
        ClickHouseTypeKind.Enum16 => EnumName(type, BinaryPrimitives.ReadInt16LittleEndian(b)),
        _ => throw new NotSupportedException($"Reading ClickHouse type {type.Name} is not supported."),
    };

    private static string EnumName(ClickHouseType type, int value) =>
        type.EnumNames!.TryGetValue(value, out var name) ? name : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
