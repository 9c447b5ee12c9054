using System.Text;
using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Tests.Language;

public sealed class ParserLimitTests
{
    [Fact]
    public void A_ten_thousand_level_nested_selection_fails_with_a_depth_error_instead_of_overflowing()
    {
        var document = new StringBuilder().Insert(0, "{a", 10_000).Append('}', 10_000).ToString();

        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(document, ParserOptions.Default with { MaxTokens = int.MaxValue }));

        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 256. Parsing aborted.", exception.Error.Message);
        Assert.Equal(ErrorCodes.LimitExceeded, exception.Error.Code);
    }

    [Fact]
    public void Deeply_nested_list_values_and_types_are_bounded_too()
    {
        var list = "{ a(x: " + new string('[', 10_000) + new string(']', 10_000) + ") }";
        var type = "query($v: " + new string('[', 10_000) + "Int" + new string(']', 10_000) + ") { a }";
        var options = ParserOptions.Default with { MaxTokens = int.MaxValue };

        Assert.Equal(ErrorCodes.LimitExceeded, Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(list, options)).Error.Code);
        Assert.Equal(ErrorCodes.LimitExceeded, Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(type, options)).Error.Code);
    }

    [Fact]
    public void Nesting_up_to_the_limit_parses()
    {
        var document = new StringBuilder().Insert(0, "{a", 10).Append('}', 10).ToString();

        var parsed = Parser.Parse(document, ParserOptions.Default with { MaxDepth = 10 });

        Assert.Single(parsed.Definitions);
    }

    [Fact]
    public void Token_limit_matches_graphql_js_message()
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c d e }", ParserOptions.Default with { MaxTokens = 4 }));

        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", exception.Error.Message);
        Assert.Equal(new SourceLocation(1, 9), exception.Error.Locations![0]);
    }

    [Fact]
    public void Document_size_limit_is_checked_in_utf8_bytes()
    {
        var options = ParserOptions.Default with { MaxDocumentBytes = 10 };

        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ é }     ", options));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(Encoding.UTF8.GetBytes("{ aaaaaaaaaaaa }").AsMemory(), options));
        Assert.NotNull(Parser.Parse("{ abc }", options));
    }

    [Fact]
    public void Token_count_is_recorded_on_the_document()
    {
        Assert.Equal(6, Parser.Parse("{ a { b } }").TokenCount);
    }

    [Fact]
    public void Locations_give_offsets_lines_and_columns()
    {
        var document = Parser.Parse("query Q {\n  alias: field(arg: 1)\n}");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];

        Assert.Equal(new Location(12, 32, 2, 3), field.Location);
        Assert.Equal(new Location(25, 31, 2, 16), field.Arguments[0].Location);
    }
}
