using System.Buffers.Binary;
using System.Collections;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using System.Runtime.CompilerServices;
using MemberInsights.ClickHouse.Types;

namespace MemberInsights.ClickHouse.Formats;

/// <summary>The generic writer: encodes a boxed value per a column type, recursively for containers.</summary>
public sealed partial class RowBinaryBatch
{
    private void Encode(ClickHouseType type, object? value)
    {
        var c = CultureInfo.InvariantCulture;
        switch (type.Kind)
        {
            case ClickHouseTypeKind.LowCardinality:
                Encode(type.Arguments[0], value);
                return;
            case ClickHouseTypeKind.Nullable:
                Reserve(1)[0] = value is null ? (byte)1 : (byte)0;
                if (value is not null)
                {
                    Encode(type.Arguments[0], value);
                }

                return;
        }

        if (value is null)
        {
            throw new ArgumentException("NULL needs a Nullable column.");
        }

        switch (type.Kind)
        {
            case ClickHouseTypeKind.Int8: Reserve(1)[0] = (byte)Convert.ToSByte(value, c); break;
            case ClickHouseTypeKind.UInt8: Reserve(1)[0] = Convert.ToByte(value, c); break;
            case ClickHouseTypeKind.Bool: Reserve(1)[0] = Convert.ToBoolean(value, c) ? (byte)1 : (byte)0; break;
            case ClickHouseTypeKind.Int16: WriteInt16Raw(Convert.ToInt16(value, c)); break;
            case ClickHouseTypeKind.UInt16: BinaryPrimitives.WriteUInt16LittleEndian(Reserve(2), Convert.ToUInt16(value, c)); break;
            case ClickHouseTypeKind.Int32: WriteInt32Raw(Convert.ToInt32(value, c)); break;
            case ClickHouseTypeKind.UInt32: WriteUInt32Raw(Convert.ToUInt32(value, c)); break;
            case ClickHouseTypeKind.Int64: WriteInt64Raw(Convert.ToInt64(value, c)); break;
            case ClickHouseTypeKind.UInt64: BinaryPrimitives.WriteUInt64LittleEndian(Reserve(8), Convert.ToUInt64(value, c)); break;
            case ClickHouseTypeKind.Int128: BinaryPrimitives.WriteInt128LittleEndian(Reserve(16), (Int128)ToBigInteger(value)); break;
            case ClickHouseTypeKind.UInt128: BinaryPrimitives.WriteUInt128LittleEndian(Reserve(16), (UInt128)ToBigInteger(value)); break;
            case ClickHouseTypeKind.Int256 or ClickHouseTypeKind.UInt256: WriteBigInteger(ToBigInteger(value), type.Kind == ClickHouseTypeKind.UInt256); break;
            case ClickHouseTypeKind.Float32: BinaryPrimitives.WriteSingleLittleEndian(Reserve(4), Convert.ToSingle(value, c)); break;
            case ClickHouseTypeKind.BFloat16: BinaryPrimitives.WriteUInt16LittleEndian(Reserve(2), (ushort)(BitConverter.SingleToUInt32Bits(Convert.ToSingle(value, c)) >> 16)); break;
            case ClickHouseTypeKind.Float64: BinaryPrimitives.WriteDoubleLittleEndian(Reserve(8), Convert.ToDouble(value, c)); break;
            case ClickHouseTypeKind.Decimal: DecimalCodec.Encode(Convert.ToDecimal(value, c), type.Scale, Reserve(type.DecimalSize)); break;
            case ClickHouseTypeKind.String: EncodeString(value); break;
            case ClickHouseTypeKind.FixedString: WriteFixedUtf8(Convert.ToString(value, c), type.Length); break;
            case ClickHouseTypeKind.Enum8 or ClickHouseTypeKind.Enum16: WriteEnum(type, value as string ?? EnumName(type, Convert.ToInt32(value, c))); break;
            case ClickHouseTypeKind.Date or ClickHouseTypeKind.Date32: WriteDays(type, ToDate(value)); break;
            case ClickHouseTypeKind.DateTime or ClickHouseTypeKind.DateTime64: WriteInstant(type, ToInstant(value)); break;
            case ClickHouseTypeKind.Uuid: UuidCodec.Encode(value is Guid g ? g : Guid.Parse(Convert.ToString(value, c)!, c), Reserve(16)); break;
            case ClickHouseTypeKind.IPv4: EncodeIPv4(ToAddress(value)); break;
            case ClickHouseTypeKind.IPv6: EncodeIPv6(ToAddress(value)); break;
            case ClickHouseTypeKind.Array: EncodeArray(type.Arguments[0], value); break;
            case ClickHouseTypeKind.Map: EncodeMap(type, value); break;
            case ClickHouseTypeKind.Tuple: EncodeTuple(type, value); break;
            default: throw new ArgumentException($"Values of type {type.Name} cannot be written.");
        }
    }

    private void EncodeString(object value)
    {
        if (value is byte[] bytes)
        {
            WriteVarUInt((ulong)bytes.Length);
            bytes.CopyTo(Reserve(bytes.Length));
        }
        else
        {
            WriteUtf8(Convert.ToString(value, CultureInfo.InvariantCulture));
        }
    }

    private void EncodeArray(ClickHouseType element, object value)
    {
        if (value is string || value is not IEnumerable sequence)
        {
            throw new ArgumentException("an Array column takes an array or list.");
        }

        var items = sequence as ICollection ?? sequence.Cast<object?>().ToList();
        WriteVarUInt((ulong)items.Count);
        foreach (var item in items)
        {
            Encode(element, item);
        }
    }

    private void EncodeMap(ClickHouseType type, object value)
    {
        var map = value as IDictionary ?? throw new ArgumentException("a Map column takes a dictionary.");
        WriteVarUInt((ulong)map.Count);
        foreach (DictionaryEntry entry in map)
        {
            Encode(type.Arguments[0], entry.Key);
            Encode(type.Arguments[1], entry.Value);
        }
    }

    private void EncodeTuple(ClickHouseType type, object value)
    {
        var items = value switch
        {
            object?[] array => array,
            ITuple tuple => Enumerable.Range(0, tuple.Length).Select(i => tuple[i]).ToArray(),
            _ => throw new ArgumentException("a Tuple column takes a tuple or an object array."),
        };
        if (items.Length != type.Arguments.Count)
        {
            throw new ArgumentException($"the tuple has {items.Length} items, the type {type.Arguments.Count}.");
        }

        for (var i = 0; i < items.Length; i++)
        {
            Encode(type.Arguments[i], items[i]);
        }
    }

    private void WriteBigInteger(BigInteger value, bool unsigned)
    {
        if (unsigned && value.Sign < 0)
        {
            throw new OverflowException($"{value} is negative.");
        }

        var span = Reserve(32);
        span.Fill(value.Sign < 0 ? (byte)0xFF : (byte)0);
        if (!value.TryWriteBytes(span, out _, isUnsigned: unsigned, isBigEndian: false))
        {
            throw new OverflowException($"{value} does not fit 256 bits.");
        }
    }

    private void EncodeIPv4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            throw new ArgumentException($"{address} is not an IPv4 address.");
        }

        var bytes = address.GetAddressBytes();
        WriteUInt32Raw(BinaryPrimitives.ReadUInt32BigEndian(bytes));
    }

    private void EncodeIPv6(IPAddress address)
    {
        var bytes = (address.AddressFamily == AddressFamily.InterNetwork ? address.MapToIPv6() : address).GetAddressBytes();
        bytes.CopyTo(Reserve(16));
    }

    private static string EnumName(ClickHouseType type, int number) =>
        type.EnumNames!.TryGetValue(number, out var name) ? name : throw new ArgumentException($"{number} is not a value of {type.Name}.");

    private static BigInteger ToBigInteger(object value) => value switch
    {
        BigInteger big => big,
        Int128 i => i,
        UInt128 u => u,
        ulong u => u,
        string s => BigInteger.Parse(s, CultureInfo.InvariantCulture),
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    private static DateOnly ToDate(object value) => value switch
    {
        DateOnly date => date,
        DateTime time => DateOnly.FromDateTime(time),
        DateTimeOffset offset => DateOnly.FromDateTime(offset.UtcDateTime),
        string text => DateOnly.Parse(text, CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException("a Date column takes a DateOnly or DateTime."),
    };

    private static DateTime ToInstant(object value) => value switch
    {
        DateTime time => time,
        DateTimeOffset offset => offset.UtcDateTime,
        DateOnly date => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        _ => throw new InvalidCastException("a DateTime column takes a DateTime or DateTimeOffset."),
    };

    private static IPAddress ToAddress(object value) => value as IPAddress ?? IPAddress.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!);
}
