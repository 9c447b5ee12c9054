using System.Buffers.Binary;

namespace MemberInsights.ClickHouse.Formats;

/// <summary>
/// ClickHouse stores a UUID as two little-endian UInt64 halves of its canonical big-endian bytes,
/// so each 8-byte half is reversed relative to the text form.
/// </summary>
internal static class UuidCodec
{
    public static Guid Decode(ReadOnlySpan<byte> wire)
    {
        Span<byte> canonical = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(canonical, BinaryPrimitives.ReadUInt64LittleEndian(wire));
        BinaryPrimitives.WriteUInt64BigEndian(canonical[8..], BinaryPrimitives.ReadUInt64LittleEndian(wire[8..]));
        return new Guid(canonical, bigEndian: true);
    }

    public static void Encode(Guid value, Span<byte> wire)
    {
        Span<byte> canonical = stackalloc byte[16];
        value.TryWriteBytes(canonical, bigEndian: true, out _);
        BinaryPrimitives.WriteUInt64LittleEndian(wire, BinaryPrimitives.ReadUInt64BigEndian(canonical));
        BinaryPrimitives.WriteUInt64LittleEndian(wire[8..], BinaryPrimitives.ReadUInt64BigEndian(canonical[8..]));
    }
}
