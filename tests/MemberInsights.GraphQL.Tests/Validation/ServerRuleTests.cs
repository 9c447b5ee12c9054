using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Validation;

namespace MemberInsights.GraphQL.Tests.Validation;

/// <summary>The server rules (depth, introspection) and the error limit, over a small catalogue schema.</summary>
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
    public void Max_depth_leaves_introspection_out_and_introspection_has_its_own_type_depth_bound()
    {
        static string TypeRef(int depth) => depth == 0 ? "name" : "name ofType { " + TypeRef(depth - 1) + " }";
        var introspection = "{ __schema { types { fields { type { " + TypeRef(9) + " } } } } member(id: 1) { name } }";
        var options = new ValidationOptions { MaxDepth = 2, MaxIntrospectionTypeDepth = 9 };

        Assert.Empty(Validate(introspection, options));
        var tooDeep = Assert.Single(Validate("{ __type(name: \"Member\") { " + TypeRef(10) + " } }", options));
        Assert.Equal("Introspection nests \"ofType\" 10 deep, which exceeds the maximum of 9.", tooDeep.Message);
        Assert.Equal(ValidationErrorCodes.MaxDepthExceeded, tooDeep.Code);
        Assert.Equal(ValidationErrorCodes.MaxDepthExceeded, Assert.Single(Validate("{ member(id: 1) { cohort { month } } }", options)).Code);
    }

    [Fact]
    public void A_fragment_spread_twice_per_level_fifty_levels_deep_is_refused_first_with_its_expanded_field_count()
    {
        var document = new System.Text.StringBuilder("query Bomb { ...F50 }\nfragment F0 on Query { version }\n");
        for (var i = 1; i <= 50; i++)
        {
            document.Append(System.Globalization.CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}\n");
        }

        var error = Assert.Single(Validate(document.ToString(), new ValidationOptions { MaxFields = 2000 }));

        Assert.Equal(ErrorCodes.LimitExceeded, error.Code);
        Assert.Equal(
            "Operation \"Bomb\" selects 1125899906842624 fields once its fragments are expanded, which exceeds the maximum of 2000 fields. Spread large fragments once, or split the operation.",
            error.Message);
        Assert.Equal(new SourceLocation(1, 1), error.Locations![0]);
        Assert.Empty(Validate(document.ToString(), ValidationOptions.Default));
    }

    [Fact]
    public void The_expanded_field_count_counts_every_spread_and_nested_field_and_allows_the_limit_itself()
    {
        const string document = """
            query Q { members { ...M ...M } member(id: 1) { ...M } }
            fragment M on Member { id cohort { month } }
            """;

        // members 1 + 2 × 3, member 1 + 3
        Assert.Empty(Validate(document, new ValidationOptions { MaxFields = 11 }));
        Assert.StartsWith("Operation \"Q\" selects 11 fields", Assert.Single(Validate(document, new ValidationOptions { MaxFields = 10 })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_chain_of_fragments_is_refused_by_its_expanded_nesting_before_any_rule_recurses_through_it()
    {
        var document = new System.Text.StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < 1500; i++)
        {
            document.Append(System.Globalization.CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ ...F{i + 1} }}\n");
        }

        document.Append("fragment F1500 on Query { version }\n");

        var error = Assert.Single(Validate(document.ToString(), new ValidationOptions { MaxDepth = 10 }));

        Assert.Equal(ErrorCodes.LimitExceeded, error.Code);
        Assert.Equal("The operation nests 1502 levels deep once its fragments are expanded, which exceeds the maximum of 256.", error.Message);
    }

    [Fact]
    public void Validation_stops_when_its_token_is_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var wide = "{ " + string.Concat(Enumerable.Range(0, 300).Select(i => $"a{i}: version ")) + "}";

        Assert.Throws<OperationCanceledException>(() => DocumentValidator.Validate(Schema, Parser.Parse(wide), ValidationOptions.Default, cancelled.Token));
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
