using System.Text.Json;
using System.Text.Json.Nodes;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Utilities;
using Xunit.Abstractions;

namespace MemberInsights.GraphQL.Tests.Conformance;

/// <summary>
/// Our executor answers graphql-js's own introspection query; graphql-js rebuilds a schema from that
/// answer (<c>buildClientSchema</c>) and prints it, which must equal graphql-js's print of the SDL;
/// our own SDL printer must print that same text.
/// </summary>
public sealed class IntrospectionRoundTripTests(ITestOutputHelper output)
{
    private static readonly string[] Schemas =
    [
        Path.Combine(NodeScript.ConformanceDirectory, "corpus", "harness.graphql"),
        Path.Combine(NodeScript.ConformanceDirectory, "corpus", "features.graphql"),
        Path.Combine(NodeScript.ConformanceDirectory, "execution", "schema.graphql"),
    ];

    [Fact]
    public async Task Introspection_result_rebuilt_by_graphql_js_prints_the_same_schema()
    {
        var query = NodeScript.Run("introspection.mjs", "query");
        var workDirectory = System.IO.Directory.CreateTempSubdirectory("introspection-");
        try
        {
            var arguments = new List<string>();
            var ourPrints = new string[Schemas.Length];
            for (var i = 0; i < Schemas.Length; i++)
            {
                var schema = ExecutionDifferentialTests.BuildSchema(File.ReadAllText(Schemas[i]));
                ourPrints[i] = SchemaPrinter.Print(schema);
                var executor = new RequestExecutor(schema);
                var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query });
                Assert.Null(result.Errors);
                var resultPath = Path.Combine(workDirectory.FullName, $"result{i}.json");
                await File.WriteAllTextAsync(resultPath, result.ToJson());
                arguments.AddRange([Schemas[i], resultPath]);
            }

            var printed = JsonNode.Parse(NodeScript.Run("introspection.mjs", ["print", .. arguments]))!.AsArray();
            int roundTrips = 0, prints = 0;
            for (var i = 0; i < Schemas.Length; i++)
            {
                var expected = (string)printed[i]!["expected"]!;
                var roundTrip = (string)printed[i]!["roundTrip"]!;
                roundTrips += expected == roundTrip ? 1 : 0;
                prints += expected == ourPrints[i] ? 1 : 0;
                if (expected != roundTrip || expected != ourPrints[i])
                {
                    output.WriteLine($"{Path.GetFileName(Schemas[i])}\n--- graphql-js print\n{expected}\n--- round trip\n{roundTrip}\n--- our printer\n{ourPrints[i]}");
                }
            }

            var figures = new
            {
                schemas = Schemas.Length,
                agreeing = $"{Math.Min(roundTrips, prints)}/{Schemas.Length}",
                roundTripAgreementPercent = ConformanceReport.Percent(roundTrips, Schemas.Length),
                sdlPrinterAgreementPercent = ConformanceReport.Percent(prints, Schemas.Length),
            };
            ConformanceReport.Write("introspection", figures);
            output.WriteLine(JsonSerializer.Serialize(figures));
            Assert.Equal(Schemas.Length, roundTrips);
            Assert.Equal(Schemas.Length, prints);
        }
        finally
        {
            workDirectory.Delete(recursive: true);
        }
    }
}
