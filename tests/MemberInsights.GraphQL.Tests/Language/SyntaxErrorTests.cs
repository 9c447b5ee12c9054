using MemberInsights.GraphQL.Language;

namespace MemberInsights.GraphQL.Tests.Language;

/// <summary>Syntax errors with the exact messages and locations graphql-js 17.1 produces (captured from graphql-js).</summary>
public sealed class SyntaxErrorTests
{
    public static TheoryData<string, string, int, int> GraphQLJsSyntaxErrors => new()
    {
        { "{", "Syntax Error: Expected Name, found <EOF>.", 1, 2 },
        { "{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20 },
        { "{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10 },
        { "notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1 },
        { "...", "Syntax Error: Unexpected \"...\".", 1, 1 },
        { "{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3 },
        { "query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6 },
        { "query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 37 },
        { "fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10 },
        { "{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9 },
        { "type Hello { world(foo: Int = $a): String }", "Syntax Error: Unexpected variable \"$a\" in constant value.", 1, 31 },
        { "enum Hello { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 14 },
        { "enum Hello { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 14 },
        { "extend scalar Hello", "Syntax Error: Unexpected <EOF>.", 1, 20 },
        { "extend type Hello", "Syntax Error: Unexpected <EOF>.", 1, 18 },
        { "extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14 },
        { "type Hello { world }", "Syntax Error: Expected \":\", found \"}\".", 1, 20 },
        { "type Hello implements Wo rld { field: String }", "Syntax Error: Unexpected Name \"rld\".", 1, 26 },
        { "union Hello = | Wo | Rld |", "Syntax Error: Expected Name, found <EOF>.", 1, 27 },
        { "directive @foo on FIELD | INCORRECT_LOCATION", "Syntax Error: Unexpected Name \"INCORRECT_LOCATION\".", 1, 27 },
        { "input Hello { world(foo: Int): String }", "Syntax Error: Expected \":\", found \"(\".", 1, 20 },
        { "\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1 },
        { "\"desc\" extend type A @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1 },
        { "{ a(x: 00) }", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 9 },
        { "{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10 },
        { "{ a(x: .123) }", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.123\"?", 1, 8 },
        { "{ a(x: 1.23.4) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 12 },
        { "{ a(x: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9 },
        { "{ a(x: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10 },
        { "{ a(x: 1.0e+) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 13 },
        { "{ a(x: 1a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 9 },
        { "{ a(x: \"\\z\") }", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 9 },
        { "{ a(x: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9 },
        { "{ a(x: \"\\uD800\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9 },
        { "{ a(x: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9 },
        { "{ a(x: \"bad \\x esc\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 13 },
        { "{ a(x: \"multi\nline\") }", "Syntax Error: Unterminated string.", 1, 14 },
        { "{ a(x: \"\"\"unterminated) }", "Syntax Error: Unterminated string.", 1, 26 },
        { "?", "Syntax Error: Unexpected character: \"?\".", 1, 1 },
        { "\u00AA", "Syntax Error: Unexpected character: U+00AA.", 1, 1 },
        { "'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1 },
        { "{ a(x: ..) }", "Syntax Error: Unexpected \"..\", did you mean \"...\"?", 1, 8 },
        { "{ a(x: 0xF1) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9 },
        { "{ a(x: 1_000) }", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 9 },
        { "\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1 },
        { "{ a(x: \"\\uDBFF\\u0041\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uDBFF\".", 1, 9 },
        { "query Q { a } extend", "Syntax Error: Unexpected <EOF>.", 1, 21 },
        { "{ a }\n  }", "Syntax Error: Unexpected \"}\".", 2, 3 },
        { "{\r\n  a(\r\n b)}", "Syntax Error: Expected \":\", found \")\".", 3, 3 },
    };

    [Theory]
    [MemberData(nameof(GraphQLJsSyntaxErrors))]
    public void Syntax_errors_match_graphql_js(string source, string message, int line, int column)
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal(message, exception.Error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(exception.Error.Locations!));
        Assert.Equal(ErrorCodes.SyntaxError, exception.Error.Code);
    }

    [Fact]
    public void Control_characters_inside_strings_are_allowed_as_in_graphql_js()
    {
        var document = Parser.Parse("{ a(x: \"\u0007\") }");

        Assert.Single(document.Definitions);
    }

    [Fact]
    public void Invalid_utf8_bytes_are_a_syntax_error()
    {
        byte[] bytes = [(byte)'{', 0xC3, 0x28, (byte)'}'];

        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(bytes.AsMemory()));

        Assert.StartsWith("Syntax Error: Document is not valid UTF-8", exception.Message, StringComparison.Ordinal);
    }
}
