using System.Text.Json;
using System.Text.Json.Nodes;
using MemberInsights.GraphQL.Types;
using Xunit.Abstractions;

namespace MemberInsights.GraphQL.Tests.Conformance;

/// <summary>
/// Schema building against graphql-js: every SDL document of schema/cases.txt is built by graphql-js
/// (<c>buildSchema</c> + <c>validateSchema</c>) and by <see cref="SchemaBuilder"/>; the sets of error
/// messages must be equal (both empty for a valid schema), except for the intentional differences
/// listed below with their reasons.
/// </summary>
public sealed class SchemaValidationConformanceTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> IntentionalDifferences = new(StringComparer.Ordinal)
    {
        ["redefined specified directive"] =
            "graphql-js lets SDL replace @skip, @include, @deprecated, @specifiedBy or @oneOf; we refuse, since the executor and introspection rely on their specified meaning.",
        ["executable definition in a schema"] =
            "graphql-js ignores operations in SDL given to buildSchema; we refuse them, since a schema file holding an operation is a mistake.",
    };

    [Fact]
    public void Schema_errors_agree_with_graphql_js()
    {
        var path = Path.Combine(NodeScript.ConformanceDirectory, "schema", "cases.txt");
        var expected = JsonNode.Parse(NodeScript.Run("schema.mjs", path))!.AsArray();
        var cases = CorpusFile.Read(path);
        Assert.Equal(cases.Count, expected.Count);

        int agreeing = 0, invalid = 0;
        var failures = new List<string>();
        var intentional = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var theirs = expected[i]!["messages"]!.AsArray().Select(m => (string)m!).Order(StringComparer.Ordinal).ToList();
            var ours = Build(cases[i].Document).Order(StringComparer.Ordinal).ToList();
            invalid += theirs.Count > 0 || ours.Count > 0 ? 1 : 0;
            var name = cases[i].Name[(cases[i].Name.IndexOf(": ", StringComparison.Ordinal) + 2)..];
            if (theirs.SequenceEqual(ours))
            {
                agreeing++;
            }
            else if (IntentionalDifferences.ContainsKey(name))
            {
                intentional.Add(name);
            }
            else
            {
                failures.Add($"{name}\n  graphql-js: {string.Join(" | ", theirs)}\n  ours:       {string.Join(" | ", ours)}");
            }
        }

        var figures = new
        {
            schemas = cases.Count,
            invalidSchemas = invalid,
            agreeing = $"{agreeing}/{cases.Count}",
            messageAgreementPercent = ConformanceReport.Percent(agreeing, cases.Count),
            intentionalDifferences = intentional.Count,
        };
        ConformanceReport.Write("schema", figures);
        output.WriteLine(JsonSerializer.Serialize(figures));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.Equal(IntentionalDifferences.Keys.Order(StringComparer.Ordinal), intentional.Order(StringComparer.Ordinal));
    }

    private static IReadOnlyList<string> Build(string sdl)
    {
        try
        {
            new SchemaBuilder().AddTypeDefinitions(sdl).RequireResolvers(false).Build();
            return [];
        }
        catch (SchemaException invalid)
        {
            return invalid.Errors;
        }
        catch (GraphQLSyntaxException syntax)
        {
            return [syntax.Error.Message];
        }
    }
}
