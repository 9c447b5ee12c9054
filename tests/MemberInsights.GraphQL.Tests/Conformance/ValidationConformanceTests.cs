using System.Text.Json;
using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Tests.Validation;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Validation;
using Xunit.Abstractions;

namespace MemberInsights.GraphQL.Tests.Conformance;

/// <summary>
/// The validation corpus validated by graphql-js (one node process for the whole corpus) and by
/// <see cref="DocumentValidator"/>: verdicts, fired rules, messages and locations must agree for every
/// document except the documented known differences (known-differences.json, each with its reason).
/// </summary>
public sealed class ValidationConformanceTests(ValidationConformanceTests.Oracle oracle, ITestOutputHelper output)
    : IClassFixture<ValidationConformanceTests.Oracle>
{
    [Fact]
    public void Corpus_covers_every_specified_rule_with_several_hundred_documents()
    {
        Assert.True(oracle.Cases.Count >= 400, $"only {oracle.Cases.Count} documents");
        var fired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in oracle.Expected.Values)
        {
            foreach (var error in result.Errors)
            {
                fired.Add(error.Rule);
            }
        }

        foreach (var rule in SpecifiedRules.All)
        {
            if (rule.Name != "KnownOperationTypesRule")
            {
                Assert.Contains(rule.Name, fired);
            }
        }

        Assert.Contains(oracle.Expected.Values, result => result.ParseError is null && result.Errors.Count == 0);
    }

    [Fact]
    public void Verdicts_and_fired_rules_agree_with_graphql_js()
    {
        var known = KnownDifferences();
        int verdicts = 0, rules = 0, messages = 0, expectedErrors = 0;
        var disagreements = new List<string>();
        foreach (var (corpusCase, schema) in oracle.Cases)
        {
            var expected = oracle.Expected[corpusCase.Name];
            var actual = Validate(schema, corpusCase.Document);
            expectedErrors += expected.Errors.Count;
            var verdictAgrees = expected.IsValid == actual.IsValid;
            var rulesAgree = RuleSet(expected).SequenceEqual(RuleSet(actual));
            var messagesAgree = MessageSet(expected).SequenceEqual(MessageSet(actual));
            verdicts += verdictAgrees ? 1 : 0;
            rules += verdictAgrees && rulesAgree ? 1 : 0;
            messages += verdictAgrees && rulesAgree && messagesAgree ? 1 : 0;
            if ((!verdictAgrees || !rulesAgree || !messagesAgree) && !known.Contains(corpusCase.Name))
            {
                disagreements.Add(Describe(corpusCase.Name, expected, actual));
            }
        }

        var total = oracle.Cases.Count;
        var figures = new
        {
            documents = total,
            invalidDocuments = oracle.Expected.Values.Count(e => !e.IsValid),
            graphqlJsErrors = expectedErrors,
            agreeing = $"{messages}/{total}",
            verdictAgreementPercent = ConformanceReport.Percent(verdicts, total),
            ruleAgreementPercent = ConformanceReport.Percent(rules, total),
            messageAndLocationAgreementPercent = ConformanceReport.Percent(messages, total),
            knownDifferences = known.Count,
        };
        ConformanceReport.Write("validation", figures);
        output.WriteLine(JsonSerializer.Serialize(figures));

        Assert.True(disagreements.Count == 0, string.Join("\n\n", disagreements));
    }

    private static ValidationOutcome Validate(Schema schema, string text)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLException error)
        {
            return new ValidationOutcome(error.Message, []);
        }

        var options = new ValidationOptions { IncludeRuleName = true, MaxErrors = int.MaxValue };
        var errors = new List<ValidationOutcome.Error>();
        foreach (var error in DocumentValidator.Validate(schema, document, options))
        {
            var locations = new List<ValidationOutcome.Location>();
            foreach (var location in error.Locations ?? [])
            {
                locations.Add(new ValidationOutcome.Location(location.Line, location.Column));
            }

            errors.Add(new ValidationOutcome.Error((string)error.Extensions!["rule"]!, error.Message, locations));
        }

        return new ValidationOutcome(null, errors);
    }

    private static IEnumerable<string> RuleSet(ValidationOutcome outcome) =>
        outcome.Errors.Select(e => e.Rule).Distinct().Order(StringComparer.Ordinal);

    private static IEnumerable<string> MessageSet(ValidationOutcome outcome) =>
        outcome.Errors.Select(e => e.ToString()).Order(StringComparer.Ordinal);

    private static string Describe(string name, ValidationOutcome expected, ValidationOutcome actual) =>
        $"{name}\n  graphql-js: {expected}\n  ours:       {actual}";

    private static HashSet<string> KnownDifferences()
    {
        var path = Path.Combine(NodeScript.ConformanceDirectory, "known-differences.json");
        var entries = JsonSerializer.Deserialize<List<KnownDifference>>(File.ReadAllText(path), JsonOptions) ?? [];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Reason), $"known difference {entry.Name} needs a reason");
            names.Add(entry.Name);
        }

        return names;
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record KnownDifference(string Name, string Reason);

    /// <summary>Runs the graphql-js oracle over the whole corpus once for the test class.</summary>
    public sealed class Oracle
    {
        public Oracle()
        {
            var arguments = new List<string>();
            foreach (var (schemaPath, casePaths) in CorpusFile.Groups())
            {
                var schema = SdlSchema.Build(File.ReadAllText(schemaPath));
                foreach (var path in casePaths)
                {
                    foreach (var corpusCase in CorpusFile.Read(path))
                    {
                        Cases.Add((corpusCase, schema));
                    }
                }

                arguments.AddRange(["--schema", schemaPath, .. casePaths]);
            }

            var json = NodeScript.Run("validate.mjs", [.. arguments]);
            var results = JsonSerializer.Deserialize<List<OracleResult>>(json, JsonOptions)!;
            Expected = results.ToDictionary(r => r.Name, r => new ValidationOutcome(r.ParseError, r.Errors), StringComparer.Ordinal);
        }

        internal List<(CorpusCase Case, Schema Schema)> Cases { get; } = [];

        internal Dictionary<string, ValidationOutcome> Expected { get; }

        private sealed record OracleResult(string Name, string? ParseError, List<ValidationOutcome.Error> Errors);
    }
}

/// <summary>What one validator said about one document.</summary>
internal sealed record ValidationOutcome(string? ParseError, List<ValidationOutcome.Error> Errors)
{
    public bool IsValid => ParseError is null && Errors.Count == 0;

    public override string ToString() => ParseError is not null
        ? "syntax error: " + ParseError
        : Errors.Count == 0 ? "valid" : string.Join(" | ", Errors);

    internal sealed record Location(int Line, int Column);

    internal sealed record Error(string Rule, string Message, List<Location> Locations)
    {
        public override string ToString() =>
            $"{Rule}: {Message} @{string.Join(",", Locations.Select(l => $"{l.Line}:{l.Column}"))}";
    }
}
