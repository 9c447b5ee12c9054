using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Types;
using Xunit.Abstractions;

namespace MemberInsights.GraphQL.Tests.Conformance;

/// <summary>
/// The same SDL and static data executed by graphql-js (one node process for every query) and by
/// <see cref="RequestExecutor"/> with default resolvers: data, error paths, messages and locations
/// must be equal (our errors also carry <c>extensions.code</c>, which graphql-js does not add and
/// which is not compared). The one intentional difference, graphql-js 17's experimental directive
/// deprecation, is kept out of the queries and explained in queries.txt.
/// </summary>
public sealed class ExecutionDifferentialTests(ITestOutputHelper output)
{
    private static readonly string Directory = Path.Combine(NodeScript.ConformanceDirectory, "execution");
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Data_and_error_paths_agree_with_graphql_js()
    {
        var schemaPath = Path.Combine(Directory, "schema.graphql");
        var dataPath = Path.Combine(Directory, "data.json");
        var queriesPath = Path.Combine(Directory, "queries.txt");
        var expected = JsonNode.Parse(NodeScript.Run("execute.mjs", schemaPath, dataPath, queriesPath))!.AsArray();
        var executor = new RequestExecutor(BuildSchema(File.ReadAllText(schemaPath)));
        var rootValue = JsonData.ObjectFrom(File.ReadAllText(dataPath));
        var cases = CorpusFile.Read(queriesPath);
        Assert.Equal(cases.Count, expected.Count);
        Assert.True(cases.Count >= 30, $"only {cases.Count} queries");

        int dataAgree = 0, pathsAgree = 0, messagesAgree = 0, errorCases = 0;
        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var oracle = expected[i]!;
            Assert.Equal(cases[i].Name, (string)oracle["name"]!);
            var variables = oracle["variables"] is JsonObject json ? JsonData.ObjectFrom(json.ToJsonString()) : null;
            var result = await executor.ExecuteAsync(new GraphQLRequest
            {
                Query = cases[i].Document,
                Variables = variables,
                OperationName = (string?)oracle["operationName"],
                RootValue = rootValue,
            });
            var ours = JsonNode.Parse(result.ToJson())!.AsObject();
            var theirs = oracle["result"]!.AsObject();
            var sameData = JsonNode.DeepEquals(theirs["data"], ours["data"]) && theirs.ContainsKey("data") == ours.ContainsKey("data");
            var samePaths = ErrorKeys(theirs, withMessage: false).SequenceEqual(ErrorKeys(ours, withMessage: false));
            var sameMessages = ErrorKeys(theirs, withMessage: true).SequenceEqual(ErrorKeys(ours, withMessage: true));
            errorCases += theirs.ContainsKey("errors") ? 1 : 0;
            dataAgree += sameData ? 1 : 0;
            pathsAgree += samePaths ? 1 : 0;
            messagesAgree += sameMessages ? 1 : 0;
            if (!sameData || !samePaths || !sameMessages)
            {
                failures.Add($"{cases[i].Name}\n  graphql-js: {theirs.ToJsonString(Readable)}\n  ours:       {ours.ToJsonString(Readable)}");
            }
        }

        var figures = new
        {
            queries = cases.Count,
            queriesWithErrors = errorCases,
            agreeing = $"{cases.Count - failures.Count}/{cases.Count}",
            dataAgreementPercent = ConformanceReport.Percent(dataAgree, cases.Count),
            errorPathAgreementPercent = ConformanceReport.Percent(pathsAgree, cases.Count),
            errorMessageAgreementPercent = ConformanceReport.Percent(messagesAgree, cases.Count),
        };
        ConformanceReport.Write("execution", figures);
        output.WriteLine(JsonSerializer.Serialize(figures));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    internal static Schema BuildSchema(string sdl) => new SchemaBuilder().AddTypeDefinitions(sdl).RequireResolvers(false).Build();

    /// <summary>The errors as sorted "path" (or "path: message locations") strings.</summary>
    private static List<string> ErrorKeys(JsonObject result, bool withMessage)
    {
        var keys = new List<string>();
        if (result["errors"] is JsonArray errors)
        {
            foreach (var error in errors)
            {
                var path = error!["path"]?.ToJsonString() ?? "-";
                keys.Add(withMessage ? $"{path}: {(string?)error["message"]} {error["locations"]?.ToJsonString()}" : path);
            }
        }

        keys.Sort(StringComparer.Ordinal);
        return keys;
    }
}
