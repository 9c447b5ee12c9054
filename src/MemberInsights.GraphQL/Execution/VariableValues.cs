using System.Text.Json;

namespace MemberInsights.GraphQL.Execution;

/// <summary>Converts JSON variables into the JSON-shaped CLR values the executor expects.</summary>
public static class VariableValues
{
    /// <summary>Converts a JSON object of variables; null for JSON null/undefined; throws <see cref="ArgumentException"/> for non-objects.</summary>
    public static IReadOnlyDictionary<string, object?>? FromJson(JsonElement variables) => variables.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => null,
        JsonValueKind.Object => (IReadOnlyDictionary<string, object?>)ToValue(variables)!,
        _ => throw new ArgumentException("Variables must be a JSON object.", nameof(variables)),
    };

    /// <summary>Converts any JSON value: objects to dictionaries, arrays to lists, integers to <c>long</c> (or <c>int</c> when they fit), other numbers to <c>double</c>.</summary>
    public static object? ToValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = ToValue(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToValue(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i))
                {
                    return i;
                }

                if (element.TryGetInt64(out var l))
                {
                    return l;
                }

                // A number beyond double's range (1e400) is infinite here, which no scalar accepts: a coercion error, not a crash.
                return element.TryGetDouble(out var d) ? d : element.GetRawText().StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
