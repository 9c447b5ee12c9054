using System.Text.Json;

namespace MemberInsights.GraphQL.Tests.Conformance;

/// <summary>Turns JSON into the plain CLR values the default resolver reads: dictionaries, lists, numbers, strings.</summary>
internal static class JsonData
{
    public static object? From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => From(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(From).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number when element.TryGetInt32(out var number) => number,
        JsonValueKind.Number when element.TryGetInt64(out var number) => number,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static Dictionary<string, object?> ObjectFrom(string json)
    {
        using var document = JsonDocument.Parse(json);
        return (Dictionary<string, object?>)From(document.RootElement)!;
    }
}
