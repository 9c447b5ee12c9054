using System.Text.Json;
using System.Text.Json.Nodes;
using MemberInsights.Api.Assistant.Routing;
using MemberInsights.Api.Catalog;
using MemberInsights.Api.Tests.Support;

namespace MemberInsights.Api.Tests.Assistant;

/// <summary>
/// The assistant's evaluation set: every question of <c>Assistant/evaluation.json</c> through the router with the
/// as-of date fixed. A question counts as correct when its route AND its complete argument list match (or it is
/// refused when it must be). Writes <c>artifacts/assistant-evaluation.json</c> with the accuracy and the misses.
/// </summary>
public sealed class RouterEvaluationTests
{
    /// <summary>The accuracy the router must reach.</summary>
    public const double Target = 0.95;

    [Fact]
    public void The_router_answers_the_evaluation_set_with_at_least_95_percent_accuracy()
    {
        var cases = EvaluationCase.Load();
        var misses = new JsonArray();
        foreach (var evaluation in cases)
        {
            var actual = Describe(VocabularyFixture.Router.Route(evaluation.Question));
            if (!evaluation.Matches(actual.Tool, actual.Arguments))
            {
                misses.Add(new JsonObject
                {
                    ["question"] = evaluation.Question,
                    ["expected"] = evaluation.ToJson(),
                    ["actual"] = new JsonObject { ["tool"] = actual.Tool, ["arguments"] = ToJson(actual.Arguments), ["refusal"] = actual.Refusal },
                });
            }
        }

        var accuracy = (cases.Count - misses.Count) / (double)cases.Count;
        WriteArtifact(cases, misses, accuracy);
        Assert.True(cases.Count >= 60, $"The evaluation set has {cases.Count} questions; at least 60 are required.");
        Assert.True(cases.Count(c => c.Tool is null) >= 10, "At least 10 questions must be refused.");
        Assert.True(accuracy >= Target, $"Accuracy {accuracy:P1} is below {Target:P0}. Misses:\n{misses.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}");
    }

    [Fact]
    public void The_evaluation_set_covers_every_tool_with_paraphrases()
    {
        var byTool = EvaluationCase.Load().Where(c => c.Tool is not null).GroupBy(c => c.Tool!).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Enum.GetValues<AssistantTool>(), tool => Assert.True(
            byTool.GetValueOrDefault(AssistantToolNames.ToGraphQL(tool)) >= 4, $"{tool} has fewer than 4 questions."));
    }

    private static (string? Tool, IReadOnlyDictionary<string, string> Arguments, string? Refusal) Describe(RoutingResult result) =>
        result.Call is { } call
            ? (AssistantToolNames.ToGraphQL(call.Tool), call.Arguments().ToDictionary(a => a.Name, a => a.Value), null)
            : (null, new Dictionary<string, string>(), result.RefusalReason);

    private static JsonObject ToJson(IReadOnlyDictionary<string, string> arguments) =>
        new(arguments.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)JsonValue.Create(a.Value))));

    private static void WriteArtifact(IReadOnlyList<EvaluationCase> cases, JsonArray misses, double accuracy)
    {
        var artifact = new JsonObject
        {
            ["asOf"] = VocabularyFixture.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["questions"] = cases.Count,
            ["refusalsExpected"] = cases.Count(c => c.Tool is null),
            ["correct"] = cases.Count - misses.Count,
            ["accuracy"] = Math.Round(accuracy, 4),
            ["target"] = Target,
            ["misses"] = misses,
        };
        var directory = Path.Combine(RepositoryPaths.Root, "artifacts");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "assistant-evaluation.json"), artifact.ToIndentedJson());
    }
}
