using System.Buffers.Binary;
using System.Numerics;

namespace MemberInsights.ClickHouse.Formats;

/// <summary>Converts between <see cref="decimal"/> and ClickHouse's scaled little-endian integers.</summary>
internal static class DecimalCodec
{
    private const int MaxDecimalScale = 28;

    public static decimal Decode(ReadOnlySpan<byte> bytes, int scale)
    {
        if (scale > MaxDecimalScale)
        {
            throw new OverflowException($"Decimal scale {scale} exceeds System.Decimal's maximum of {MaxDecimalScale}.");
        }

        switch (bytes.Length)
        {
            case 4:
                return FromInt64(BinaryPrimitives.ReadInt32LittleEndian(bytes), scale);
            case 8:
                return FromInt64(BinaryPrimitives.ReadInt64LittleEndian(bytes), scale);
            default:
                var value = new BigInteger(bytes, isUnsigned: false);
                var negative = value.Sign < 0;
                var magnitude = BigInteger.Abs(value);
                if (magnitude.GetBitLength() > 96)
                {
                    throw new OverflowException($"Decimal value {value} (scale {scale}) does not fit System.Decimal.");
                }

                var low = (ulong)(magnitude & ulong.MaxValue);
                var high = (uint)(magnitude >> 64);
                return new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)high, negative, (byte)scale);
        }
    }

    /// <summary>Writes <paramref name="value"/> rescaled to <paramref name="scale"/> as an integer filling <paramref name="destination"/>.</summary>
    public static void Encode(decimal value, int scale, Span<byte> destination)
    {
        var scaled = ToScaledInteger(value, scale);
        var size = destination.Length;
        var fits = size switch
        {
            4 => scaled >= int.MinValue && scaled <= int.MaxValue,
            8 => scaled >= long.MinValue && scaled <= long.MaxValue,
            _ => true,
        };
        if (!fits)
        {
            throw new OverflowException($"{value} does not fit a {size * 8}-bit Decimal with scale {scale}.");
        }

        switch (size)
        {
            case 4:
                BinaryPrimitives.WriteInt32LittleEndian(destination, (int)scaled);
                break;
            case 8:
                BinaryPrimitives.WriteInt64LittleEndian(destination, (long)scaled);
                break;
            default:
                destination.Fill(scaled.Sign < 0 ? (byte)0xFF : (byte)0);
                scaled.TryWriteBytes(destination, out _, isUnsigned: false, isBigEndian: false);
                break;
        }
    }

    private static BigInteger ToScaledInteger(decimal value, int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var valueScale = (bits[3] >> 16) & 0xFF;
        var magnitude = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        if (valueScale < scale)
        {
            magnitude *= BigInteger.Pow(10, scale - valueScale);
        }
        else if (valueScale > scale)
        {
            magnitude = BigInteger.Divide(magnitude, BigInteger.Pow(10, valueScale - scale));
        }

        return bits[3] < 0 ? -magnitude : magnitude;
    }

    private static decimal FromInt64(long value, int scale)
    {
        var negative = value < 0;
        var magnitude = negative ? unchecked((ulong)-value) : (ulong)value;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, (byte)scale);
    }
}
