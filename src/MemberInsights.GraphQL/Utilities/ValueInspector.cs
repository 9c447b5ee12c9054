using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MemberInsights.GraphQL.Utilities;

/// <summary>Formats runtime values the way graphql-js <c>inspect()</c> does, for error messages.</summary>
public static class ValueInspector
{
    /// <summary>Returns a short, readable rendering: strings quoted, lists <c>[1, 2]</c>, objects <c>{ a: 1 }</c>.</summary>
    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, depth: 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                builder.Append(JsonSerializer.Serialize(text));
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case double number:
                builder.Append(FormatDouble(number));
                break;
            case float number:
                builder.Append(FormatDouble(number));
                break;
            case IFormattable formattable when value is not Enum:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                AppendObject(builder, map, depth);
                break;
            case IEnumerable list:
                AppendList(builder, list, depth);
                break;
            default:
                builder.Append(value.ToString());
                break;
        }
    }

    private static string FormatDouble(double number) => double.IsNaN(number) ? "NaN"
        : double.IsPositiveInfinity(number) ? "Infinity"
        : double.IsNegativeInfinity(number) ? "-Infinity"
        : number.ToString("R", CultureInfo.InvariantCulture);

    private static void AppendObject(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> map, int depth)
    {
        if (depth > 2)
        {
            builder.Append("[Object]");
            return;
        }

        var first = true;
        builder.Append('{');
        foreach (var (key, item) in map)
        {
            builder.Append(first ? " " : ", ").Append(key).Append(": ");
            Append(builder, item, depth + 1);
            first = false;
        }

        builder.Append(first ? "}" : " }");
    }

    private static void AppendList(StringBuilder builder, IEnumerable list, int depth)
    {
        if (depth > 2)
        {
            builder.Append("[Array]");
            return;
        }

        var first = true;
        builder.Append('[');
        foreach (var item in list)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            Append(builder, item, depth + 1);
            first = false;
        }

        builder.Append(']');
    }
}
