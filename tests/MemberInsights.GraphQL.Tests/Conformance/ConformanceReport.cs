using System.Text.Json;
using System.Text.Json.Nodes;
using MemberInsights.GraphQL.Tests.Support;

namespace MemberInsights.GraphQL.Tests.Conformance;

/// <summary>
/// Writes the agreement figures of each conformance suite into one section of
/// <c>artifacts/conformance.json</c>, so the README figure can be reproduced with <c>dotnet test</c>.
/// </summary>
internal static class ConformanceReport
{
    private static readonly Lock Gate = new();

    public static string Path { get; } = System.IO.Path.Combine(GraphQLJs.RepositoryRoot, "artifacts", "conformance.json");

    public static void Write(string section, object figures)
    {
        lock (Gate)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var root = File.Exists(Path) && JsonNode.Parse(File.ReadAllText(Path)) is JsonObject existing ? existing : [];
            root["graphql-js"] = "17.1.0";
            root[section] = JsonSerializer.SerializeToNode(figures);
            File.WriteAllText(Path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
    }

    public static double Percent(int agreeing, int total) => total == 0 ? 100 : Math.Round(100.0 * agreeing / total, 2);
}
