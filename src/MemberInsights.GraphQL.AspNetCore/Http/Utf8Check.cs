using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace MemberInsights.GraphQL.AspNetCore.Http;

/// <summary>
/// Finds the first byte sequence that is not well-formed UTF-8 (RFC 3629: overlong forms, encoded
/// surrogates as CESU-8 writes them, code points above U+10FFFF and truncated sequences are all
/// refused) and describes it with its offset, line and column for the client's error message.
/// </summary>
internal static class Utf8Check
{
    /// <summary>Null when <paramref name="bytes"/> is valid UTF-8; otherwise what is wrong and where.</summary>
    public static string? Problem(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                var rest = bytes[offset..];
                var first = rest[0];
                int next = rest.Length > 1 ? rest[1] : -1;
                var kind = first is 0xC0 or 0xC1 || (first == 0xE0 && next is >= 0 and < 0xA0) || (first == 0xF0 && next is >= 0 and < 0x90) ? "an overlong encoding"
                    : first == 0xED && next >= 0xA0 ? "an encoded UTF-16 surrogate (CESU-8)"
                    : (first == 0xF4 && next >= 0x90) || first >= 0xF5 ? "a code point above U+10FFFF"
                    : consumed > 1 || status == OperationStatus.NeedMoreData ? "a truncated sequence"
                    : "an invalid sequence";
                var hex = string.Join(' ', Sequence(rest).ToArray().Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture)));
                return $"{kind}, bytes {hex} at byte offset {offset} ({Position(bytes, offset)})";
            }

            offset += consumed;
        }

        return null;
    }

    /// <summary>The bytes the lead byte announces (its continuation bytes that are present), for the message.</summary>
    private static ReadOnlySpan<byte> Sequence(ReadOnlySpan<byte> rest)
    {
        var announced = rest[0] switch
        {
            >= 0xC0 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF7 => 4,
            _ => 1,
        };
        var length = 1;
        while (length < announced && length < rest.Length && rest[length] is >= 0x80 and <= 0xBF)
        {
            length++;
        }

        return rest[..length];
    }

    /// <summary>Null when <paramref name="bytes"/> is valid UTF-8 (a copy is made only for a body spread over several segments).</summary>
    public static string? Problem(ReadOnlySequence<byte> bytes) =>
        bytes.IsSingleSegment ? Problem(bytes.FirstSpan) : Problem(bytes.ToArray());

    /// <summary>"line L, column C" of a byte offset (columns count bytes, from 1).</summary>
    public static string Position(ReadOnlySpan<byte> bytes, long offset)
    {
        var line = 1;
        var lineStart = 0L;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return $"line {line}, column {offset - lineStart + 1}";
    }
}
