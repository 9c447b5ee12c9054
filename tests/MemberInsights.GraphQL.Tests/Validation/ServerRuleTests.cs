using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Validation;

namespace MemberInsights.GraphQL.Tests.Validation;

/// <summary>The server rules (depth, cost, introspection) and the error limit, over a small catalogue schema.</summary>
public sealed class ServerRuleTests
{
    private static readonly Schema Schema = SdlSchema.Build("""
        type Query { members(first: Int, limit: Int): [Member!]! member(id: ID!): Member version: String }
        type Member { id: ID! name: String friends(first: Int): [Member!]! cohort: Cohort }
        type Cohort { month: String members: [Member] }
        """);

    private static IReadOnlyList<GraphQLError> Validate(string document, ValidationOptions options) =>
        DocumentValidator.Validate(Schema, Parser.Parse(document), options);

    [Fact]
    public void Max_depth_counts_nested_fields_through_fragments()
    {
        const string document = """
            query Deep { member(id: 1) { ...F } }
            fragment F on Member { friends { cohort { month } } }
            """;

        Assert.Empty(Validate(document, new ValidationOptions { MaxDepth = 4 }));
        var error = Assert.Single(Validate(document, new ValidationOptions { MaxDepth = 3 }));
        Assert.Equal("Operation \"Deep\" has a depth of 4, which exceeds the maximum depth of 3.", error.Message);
        Assert.Equal(ValidationErrorCodes.MaxDepthExceeded, error.Code);
        Assert.Equal(new SourceLocation(1, 1), error.Locations![0]);
    }

    [Fact]
    public void Max_depth_terminates_on_fragment_cycles_and_leaves_them_to_NoFragmentCycles()
    {
        const string document = """
            { member(id: 1) { ...A } }
            fragment A on Member { friends { ...B } }
            fragment B on Member { friends { ...A } }
            """;

        var errors = Validate(document, new ValidationOptions { MaxDepth = 10 });

        Assert.Contains(errors, e => e.Message.StartsWith("Cannot spread fragment \"A\" within itself", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Code == ValidationErrorCodes.MaxDepthExceeded);
    }

    [Fact]
    public void Many_same_named_fields_stop_validation_at_the_comparison_limit_instead_of_burning_cpu()
    {
        // 2,000 fields named "members", each with a sub-selection: about 2 million pairs to compare.
        var hostile = "{ " + string.Concat(Enumerable.Repeat("members { name } ", 2000)) + "}";
        var ordinary = "{ " + string.Concat(Enumerable.Repeat("members { name } ", 50)) + "}";

        var error = Assert.Single(Validate(hostile, ValidationOptions.Default));
        Assert.Equal(ErrorCodes.LimitExceeded, error.Code);
        Assert.StartsWith("The document is too complex to validate", error.Message, StringComparison.Ordinal);
        Assert.Empty(Validate(ordinary, ValidationOptions.Default));
        Assert.Equal(ErrorCodes.LimitExceeded, Assert.Single(Validate(ordinary, new ValidationOptions { MaxFieldComparisons = 100 })).Code);
    }

    [Fact]
    public void Cost_multiplies_list_selections_by_first_or_the_default_list_size()
    {
        const string document = "query Q { members(first: 5) { name friends { cohort { month } } } }";

        // members: 1 + 5 * (name 0 + friends (1 + 10 * cohort 1)) = 1 + 5 * 11 = 56
        Assert.Empty(Validate(document, new ValidationOptions { MaxCost = 56 }));
        var error = Assert.Single(Validate(document, new ValidationOptions { MaxCost = 55 }));
        Assert.Equal("Operation \"Q\" has a cost of 56, which exceeds the maximum cost of 55.", error.Message);
        Assert.Equal(ValidationErrorCodes.MaxCostExceeded, error.Code);
    }

    [Fact]
    public void Cost_reads_list_size_from_a_variable_default_and_honours_configured_field_costs()
    {
        const string document = "query Q($n: Int = 3) { members(limit: $n) { cohort { month } } version }";
        var options = new ValidationOptions
        {
            MaxCost = 1,
            Cost = new CostOptions { FieldCosts = new Dictionary<string, int> { ["Query.version"] = 7 } },
        };

        var error = Assert.Single(Validate(document, options));

        // members: 1 + 3 * cohort 1 = 4; version: 7
        Assert.Equal("Operation \"Q\" has a cost of 11, which exceeds the maximum cost of 1.", error.Message);
    }

    [Fact]
    public void Disabled_introspection_rejects_schema_and_type_but_allows_typename()
    {
        var options = new ValidationOptions { AllowIntrospection = false };

        Assert.Empty(Validate("{ __typename member(id: 1) { __typename } }", options));
        var errors = Validate("{ __schema { queryType { name } } __type(name: \"Member\") { name } }", options);

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(ErrorCodes.IntrospectionDisabled, e.Code));
        Assert.Equal("GraphQL introspection is not allowed, but the query contained __schema.", errors[0].Message);
        Assert.Empty(Validate("{ __schema { queryType { name } } }", ValidationOptions.Default));
    }

    [Fact]
    public void Validation_stops_after_max_errors_with_one_more_error_saying_so()
    {
        var errors = Validate("{ a b c d e }", new ValidationOptions { MaxErrors = 3 });

        Assert.Equal(4, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[3].Message);
    }

    [Fact]
    public void Specified_rule_errors_carry_the_validation_code_and_optionally_the_rule_name()
    {
        var plain = Assert.Single(Validate("{ nope }", ValidationOptions.Default));
        var named = Assert.Single(Validate("{ nope }", new ValidationOptions { IncludeRuleName = true }));

        Assert.Equal(ErrorCodes.ValidationFailed, plain.Code);
        Assert.False(plain.Extensions!.ContainsKey("rule"));
        Assert.Equal("FieldsOnCorrectTypeRule", named.Extensions!["rule"]);
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", named.Message);
    }

    [Fact]
    public void Hidden_suggestions_keep_messages_but_reveal_no_schema_names()
    {
        const string document = "query ($n: Int) { membrs { nam } member(idd: 1) { name } }";

        var shown = Validate(document, ValidationOptions.Default).Select(e => e.Message).ToList();
        var hidden = Validate(document, new ValidationOptions { HideSuggestions = true }).Select(e => e.Message).ToList();

        Assert.Contains("Cannot query field \"membrs\" on type \"Query\". Did you mean \"members\" or \"member\"?", shown);
        Assert.Contains("Cannot query field \"membrs\" on type \"Query\".", hidden);
        Assert.Contains("Unknown argument \"idd\" on field \"Query.member\".", hidden);
        Assert.DoesNotContain(hidden, message => message.Contains("Did you mean", StringComparison.Ordinal));
    }

    [Fact]
    public void A_custom_rule_list_replaces_the_specified_rules()
    {
        var options = new ValidationOptions { Rules = [] };

        Assert.Empty(Validate("{ nope }", options));
    }
}
