using System.Globalization;
using System.Text;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Execution.Coercion;
using MemberInsights.GraphQL.Execution.Cost;
using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Validation;

namespace MemberInsights.GraphQL.Tests.Execution;

/// <summary>The cost estimate with the request's variables, before execution, and the executor's refusal and report.</summary>
public sealed class CostAnalysisTests
{
    private const string Sdl = """
        type Query { members(first: Int, limit: Int): [Member!]! member(id: ID!): Member version: String series(days: Int!): Series }
        type Member { id: ID! name: String friends(first: Int): [Member!]! cohort: Cohort }
        type Cohort { month: String members: [Member] }
        type Series { points: [Int!]! }
        """;

    private static int _seriesCalls;

    private static readonly Schema Schema = new SchemaBuilder()
        .AddTypeDefinitions(Sdl)
        .BindResolver("Query", "series", context =>
        {
            Interlocked.Increment(ref _seriesCalls);
            return new Dictionary<string, object?> { ["points"] = Enumerable.Range(0, context.Argument<int>("days")).ToList() };
        })
        .BindCost("Query", "series", context => new FieldCost(10 + context.Argument<int>("days"), 1))
        .Build();

    private static long Estimate(string document, string? variablesJson = null, CostOptions? options = null)
    {
        var parsed = Parser.Parse(document);
        Assert.Empty(DocumentValidator.Validate(Schema, parsed));
        var fragments = parsed.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        var operation = parsed.Definitions.OfType<OperationDefinitionNode>().Single();
        var variables = VariableCoercion.Coerce(Schema, operation, Support.TestExecution.ToVariables(variablesJson), [])!;
        return OperationCostAnalyzer.Estimate(Schema, operation, fragments, variables, options ?? CostOptions.Default);
    }

    [Fact]
    public void Lists_multiply_their_selection_by_first_or_the_default_list_size()
    {
        // members: 1 + 5 * (name 0 + friends (1 + 10 * cohort 1)) = 56
        Assert.Equal(56, Estimate("query Q { members(first: 5) { name friends { cohort { month } } } }"));
    }

    [Fact]
    public void The_list_size_comes_from_the_variables_of_the_request_and_configured_weights_replace_defaults()
    {
        const string document = "query Q($n: Int = 3) { members(limit: $n) { cohort { month } } version }";
        var options = new CostOptions { FieldCosts = new Dictionary<string, int> { ["Query.version"] = 7 } };

        // members: 1 + n * cohort 1; version: 7
        Assert.Equal(11, Estimate(document, null, options));
        Assert.Equal(108, Estimate(document, """{"n": 100}""", options));
    }

    [Fact]
    public void A_bound_estimator_prices_a_field_from_its_arguments_and_skipped_selections_cost_nothing()
    {
        const string document = "query Q($skip: Boolean!) { a: series(days: 30) { points } b: series(days: 365) @skip(if: $skip) { points } }";

        Assert.Equal(40 + 375, Estimate(document, """{"skip": false}"""));
        Assert.Equal(40, Estimate(document, """{"skip": true}"""));
    }

    [Fact]
    public void Fragments_are_priced_once_so_a_doubling_document_saturates_at_once_instead_of_running_for_ever()
    {
        var document = new StringBuilder("query Bomb { ...F60 }\nfragment F0 on Query { series(days: 1) { points } }\n");
        for (var i = 1; i <= 60; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}\n");
        }

        Assert.Equal(OperationCostAnalyzer.Saturation, Estimate(document.ToString()));
    }

    [Fact]
    public void Introspection_costs_nothing()
    {
        Assert.Equal(0, Estimate("{ __schema { types { fields { type { name } } } } }"));
    }

    [Fact]
    public async Task An_operation_over_the_maximum_cost_is_refused_before_any_resolver_runs_with_its_estimate()
    {
        var executor = new RequestExecutor(Schema, new ExecutionOptions { MaxCost = 1000 });
        var query = "query Heavy { " + string.Concat(Enumerable.Range(0, 3).Select(i => $"s{i}: series(days: 730) {{ points }} ")) + "}";
        var before = Volatile.Read(ref _seriesCalls);

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query });

        Assert.Equal(before, Volatile.Read(ref _seriesCalls));
        Assert.Equal(RequestErrorKind.Validation, result.RequestError);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Operation \"Heavy\" has an estimated cost of 2220, which exceeds the maximum cost of 1000.", error.Message);
        Assert.Equal(ValidationErrorCodes.MaxCostExceeded, error.Code);
        Assert.Equal("""{"errors":[{"message":"Operation \"Heavy\" has an estimated cost of 2220, which exceeds the maximum cost of 1000.","locations":[{"line":1,"column":1}],"extensions":{"code":"MAX_COST_EXCEEDED","cost":2220,"maxCost":1000}}],"extensions":{"cost":{"estimated":2220,"maximum":1000}}}""", result.ToJson());
    }

    [Fact]
    public async Task The_cost_is_reported_with_the_result_or_instead_of_executing()
    {
        var executor = new RequestExecutor(Schema, new ExecutionOptions { MaxCost = 1000 });
        var before = Volatile.Read(ref _seriesCalls);

        var only = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ series(days: 2) { points } }", Cost = CostReport.Only });
        var included = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ series(days: 2) { points } }", Cost = CostReport.Include });

        Assert.Equal("""{"extensions":{"cost":{"estimated":12,"maximum":1000}}}""", only.ToJson());
        Assert.False(only.IsRequestError);
        Assert.Equal("""{"data":{"series":{"points":[0,1]}},"extensions":{"cost":{"estimated":12,"maximum":1000}}}""", included.ToJson());
        Assert.Equal(before + 1, Volatile.Read(ref _seriesCalls));
    }
}
