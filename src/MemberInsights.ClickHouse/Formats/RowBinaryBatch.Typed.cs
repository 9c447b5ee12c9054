using System.Buffers.Binary;
using MemberInsights.ClickHouse.Types;

namespace MemberInsights.ClickHouse.Formats;

/// <summary>The typed, allocation-free writers: each writes the next column's value.</summary>
public sealed partial class RowBinaryBatch
{
    private static readonly int EpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    /// <summary>Writes an Int8 value.</summary>
    public void WriteInt8(sbyte value)
    {
        Expect(ClickHouseTypeKind.Int8);
        Reserve(1)[0] = (byte)value;
    }

    /// <summary>Writes an Int16 value.</summary>
    public void WriteInt16(short value)
    {
        Expect(ClickHouseTypeKind.Int16);
        WriteInt16Raw(value);
    }

    /// <summary>Writes an Int32 value.</summary>
    public void WriteInt32(int value)
    {
        Expect(ClickHouseTypeKind.Int32);
        WriteInt32Raw(value);
    }

    /// <summary>Writes an Int64 value.</summary>
    public void WriteInt64(long value)
    {
        Expect(ClickHouseTypeKind.Int64);
        WriteInt64Raw(value);
    }

    /// <summary>Writes a UInt8 value.</summary>
    public void WriteUInt8(byte value)
    {
        Expect(ClickHouseTypeKind.UInt8);
        Reserve(1)[0] = value;
    }

    /// <summary>Writes a UInt16 value.</summary>
    public void WriteUInt16(ushort value)
    {
        Expect(ClickHouseTypeKind.UInt16);
        BinaryPrimitives.WriteUInt16LittleEndian(Reserve(2), value);
    }

    /// <summary>Writes a UInt32 value.</summary>
    public void WriteUInt32(uint value)
    {
        Expect(ClickHouseTypeKind.UInt32);
        WriteUInt32Raw(value);
    }

    /// <summary>Writes a UInt64 value.</summary>
    public void WriteUInt64(ulong value)
    {
        Expect(ClickHouseTypeKind.UInt64);
        BinaryPrimitives.WriteUInt64LittleEndian(Reserve(8), value);
    }

    /// <summary>Writes a Float32 value.</summary>
    public void WriteFloat32(float value)
    {
        Expect(ClickHouseTypeKind.Float32);
        BinaryPrimitives.WriteSingleLittleEndian(Reserve(4), value);
    }

    /// <summary>Writes a Float64 value.</summary>
    public void WriteFloat64(double value)
    {
        Expect(ClickHouseTypeKind.Float64);
        BinaryPrimitives.WriteDoubleLittleEndian(Reserve(8), value);
    }

    /// <summary>Writes a Decimal(P, S) value, rescaled to the column's scale (extra digits are truncated).</summary>
    public void WriteDecimal(decimal value)
    {
        var type = Expect(ClickHouseTypeKind.Decimal);
        DecimalCodec.Encode(value, type.Scale, Reserve(type.DecimalSize));
    }

    /// <summary>Writes a Bool value.</summary>
    public void WriteBool(bool value)
    {
        Expect(ClickHouseTypeKind.Bool);
        Reserve(1)[0] = value ? (byte)1 : (byte)0;
    }

    /// <summary>Writes a String, FixedString or Enum (by name) value from UTF-16 text, encoding UTF-8 straight into the batch.</summary>
    public void WriteString(ReadOnlySpan<char> value)
    {
        var type = NextColumn();
        var underlying = type.Underlying;
        if (type.IsNullable)
        {
            Reserve(1)[0] = 0;
        }

        switch (underlying.Kind)
        {
            case ClickHouseTypeKind.String:
                WriteUtf8(value);
                break;
            case ClickHouseTypeKind.FixedString:
                WriteFixedUtf8(value, underlying.Length);
                break;
            case ClickHouseTypeKind.Enum8 or ClickHouseTypeKind.Enum16:
                WriteEnum(underlying, value.ToString());
                break;
            default:
                throw new InvalidOperationException($"Column '{Columns[_column - 1].Name}' is {type.Name}, not a string type.");
        }
    }

    /// <summary>Writes a string, or NULL when <paramref name="value"/> is null (the column must then be Nullable).</summary>
    public void WriteString(string? value)
    {
        if (value is null)
        {
            WriteNull();
        }
        else
        {
            WriteString(value.AsSpan());
        }
    }

    /// <summary>Writes a Date or Date32 value.</summary>
    public void WriteDate(DateOnly value)
    {
        var type = Expect(ClickHouseTypeKind.Date, ClickHouseTypeKind.Date32);
        WriteDays(type, value);
    }

    /// <summary>Writes a DateTime or DateTime64 value (Unspecified kind is taken as UTC).</summary>
    public void WriteDateTime(DateTime value)
    {
        var type = Expect(ClickHouseTypeKind.DateTime, ClickHouseTypeKind.DateTime64);
        WriteInstant(type, value);
    }

    /// <summary>Writes a UUID value.</summary>
    public void WriteUuid(Guid value)
    {
        Expect(ClickHouseTypeKind.Uuid);
        UuidCodec.Encode(value, Reserve(16));
    }

    private void WriteDays(ClickHouseType type, DateOnly value)
    {
        var days = value.DayNumber - EpochDayNumber;
        if (type.Kind == ClickHouseTypeKind.Date)
        {
            if (days is < 0 or > ushort.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Date holds 1970-01-01 to 2149-06-06; use Date32.");
            }

            BinaryPrimitives.WriteUInt16LittleEndian(Reserve(2), (ushort)days);
        }
        else
        {
            WriteInt32Raw(days);
        }
    }

    private void WriteInstant(ClickHouseType type, DateTime value)
    {
        if (type.Kind == ClickHouseTypeKind.DateTime64)
        {
            WriteInt64Raw(DateTime64Codec.Encode(value, type.Precision));
            return;
        }

        var seconds = (DateTime64Codec.Utc(value).Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond;
        if (seconds is < 0 or > uint.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "DateTime holds 1970 to 2106; use DateTime64.");
        }

        WriteUInt32Raw((uint)seconds);
    }

    private void WriteEnum(ClickHouseType type, string name)
    {
        if (!type.EnumValues!.TryGetValue(name, out var number))
        {
            throw new ArgumentException($"'{name}' is not a value of {type.Name}.");
        }

        if (type.Kind == ClickHouseTypeKind.Enum8)
        {
            Reserve(1)[0] = (byte)(sbyte)number;
        }
        else
        {
            WriteInt16Raw((short)number);
        }
    }
}
