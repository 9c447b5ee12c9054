using System.Runtime.CompilerServices;
using System.Collections;
using System.Globalization;
using System.Net;
using System.Numerics;
using System.Text;

namespace MemberInsights.ClickHouse.Parameters;

/// <summary>
/// Formats query parameter values the way ClickHouse parses <c>{name:Type}</c> values: the TSV "Escaped"
/// text form at the top level (strings unquoted, <c>\N</c> for NULL) and SQL literal syntax inside
/// arrays and tuples (quoted strings, <c>NULL</c>). The HTTP transport sends these strings as
/// <c>param_name</c> URL values and the embedded engine receives the very same strings.
/// </summary>
internal static class ParameterFormatter
{
    public static string Format(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, nested: false);
        return builder.ToString();
    }

    /// <summary>Backslash-escapes the characters the Escaped and Quoted text formats treat specially.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("\\'\t\n\r\0\b\f") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        AppendEscaped(builder, text);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, bool nested)
    {
        switch (value)
        {
            case null or DBNull:
                builder.Append(nested ? "NULL" : "\\N");
                break;
            case string text:
                AppendText(builder, text, nested);
                break;
            case char c:
                AppendText(builder, c.ToString(), nested);
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case double d:
                AppendFloat(builder, d);
                break;
            case float f:
                AppendFloat(builder, f);
                break;
            case decimal m:
                builder.Append(m.ToString(CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                AppendText(builder, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), nested);
                break;
            case DateTime time:
                AppendText(builder, FormatDateTime(time), nested);
                break;
            case DateTimeOffset offset:
                AppendText(builder, FormatDateTime(offset.UtcDateTime), nested);
                break;
            case Guid guid:
                AppendText(builder, guid.ToString("D"), nested);
                break;
            case IPAddress address:
                AppendText(builder, address.ToString(), nested);
                break;
            case Enum e:
                AppendText(builder, e.ToString(), nested);
                break;
            case sbyte or byte or short or ushort or int or uint or long or ulong or Int128 or UInt128 or BigInteger:
                builder.Append(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case IDictionary map:
                AppendMap(builder, map);
                break;
            case ITuple tuple:
                AppendTuple(builder, tuple);
                break;
            case IEnumerable sequence:
                AppendArray(builder, sequence);
                break;
            default:
                throw new ArgumentException($"Query parameters of type {value.GetType()} are not supported.");
        }
    }

    private static void AppendText(StringBuilder builder, string text, bool nested)
    {
        if (nested)
        {
            builder.Append('\'');
        }

        AppendEscaped(builder, text);
        if (nested)
        {
            builder.Append('\'');
        }
    }

    private static void AppendEscaped(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => builder.Append("\\\\"),
                '\'' => builder.Append("\\'"),
                '\t' => builder.Append("\\t"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\0' => builder.Append("\\0"),
                '\b' => builder.Append("\\b"),
                '\f' => builder.Append("\\f"),
                _ => builder.Append(c),
            };
        }
    }

    private static void AppendFloat(StringBuilder builder, double value)
    {
        if (double.IsNaN(value))
        {
            builder.Append("nan");
        }
        else if (double.IsInfinity(value))
        {
            builder.Append(value > 0 ? "inf" : "-inf");
        }
        else
        {
            builder.Append(value.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    // Unix seconds (with a fraction when there is one) are independent of the server's time zone.
    private static string FormatDateTime(DateTime time)
    {
        var utc = time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
        var ticks = utc.Ticks - DateTime.UnixEpoch.Ticks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var fraction);
        if (fraction < 0)
        {
            seconds--;
            fraction += TimeSpan.TicksPerSecond;
        }

        var text = seconds.ToString(CultureInfo.InvariantCulture);
        return fraction == 0 ? text : text + "." + fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0');
    }

    private static void AppendArray(StringBuilder builder, IEnumerable sequence)
    {
        builder.Append('[');
        var first = true;
        foreach (var item in sequence)
        {
            builder.Append(first ? "" : ",");
            first = false;
            Append(builder, item, nested: true);
        }

        builder.Append(']');
    }

    private static void AppendTuple(StringBuilder builder, ITuple tuple)
    {
        builder.Append('(');
        for (var i = 0; i < tuple.Length; i++)
        {
            builder.Append(i == 0 ? "" : ",");
            Append(builder, tuple[i], nested: true);
        }

        builder.Append(')');
    }

    private static void AppendMap(StringBuilder builder, IDictionary map)
    {
        builder.Append('{');
        var first = true;
        foreach (DictionaryEntry entry in map)
        {
            builder.Append(first ? "" : ",");
            first = false;
            Append(builder, entry.Key, nested: true);
            builder.Append(':');
            Append(builder, entry.Value, nested: true);
        }

        builder.Append('}');
    }
}
