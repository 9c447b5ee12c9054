using System.Text.Json;
using System.Text.Json.Nodes;

namespace MemberInsights.Api.Tests.Assistant;

/// <summary>One question of the evaluation set with its expected route (null: must be refused) and complete arguments.</summary>
public sealed record EvaluationCase(string Question, string? Tool, IReadOnlyDictionary<string, string> Arguments)
{
    /// <summary>Every case of <c>Assistant/evaluation.json</c>.</summary>
    public static IReadOnlyList<EvaluationCase> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(VocabularyFixture.PathOf("evaluation.json")));
        return document.RootElement.GetProperty("questions").EnumerateArray().Select(q => new EvaluationCase(
                q.GetProperty("question").GetString()!,
                q.GetProperty("tool").ValueKind == JsonValueKind.Null ? null : q.GetProperty("tool").GetString(),
                q.TryGetProperty("arguments", out var arguments)
                    ? arguments.EnumerateObject().ToDictionary(a => a.Name, a => a.Value.GetString()!)
                    : new Dictionary<string, string>()))
            .ToList();
    }

    /// <summary>Whether the router's route and arguments are exactly the expected ones.</summary>
    public bool Matches(string? tool, IReadOnlyDictionary<string, string> arguments) =>
        tool == Tool && arguments.Count == Arguments.Count && Arguments.All(a => arguments.TryGetValue(a.Key, out var value) && value == a.Value);

    /// <summary>The expectation as JSON.</summary>
    public JsonObject ToJson() => new()
    {
        ["tool"] = Tool,
        ["arguments"] = new JsonObject(Arguments.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)JsonValue.Create(a.Value)))),
    };
}
