using MemberInsights.ClickHouse.Migrations;

namespace MemberInsights.ClickHouse.Tests.Migrations;

public sealed class SqlScriptSplitterTests
{
    [Fact]
    public void Splits_at_semicolons_outside_strings_identifiers_and_comments()
    {
        const string Script = """
            -- header comment; not a statement
            CREATE TABLE a (x String DEFAULT 'semi;colon') ENGINE = Memory;
            /* block; comment /* nested; */ still comment; */
            INSERT INTO a VALUES ('it''s; fine'), ('back\'slash; too');
            SELECT "weird;name", `other;name` FROM a; # trailing
            SELECT $$heredoc; text$$;
            ;;
            SELECT 1 -- no trailing semicolon
            """;
        var statements = SqlScriptSplitter.Split(Script);
        Assert.Equal(5, statements.Count);
        Assert.Equal("-- header comment; not a statement\nCREATE TABLE a (x String DEFAULT 'semi;colon') ENGINE = Memory", statements[0]);
        Assert.StartsWith("/* block; comment /* nested; */ still comment; */\nINSERT INTO a VALUES ('it''s; fine'), ('back\\'slash; too')", statements[1], StringComparison.Ordinal);
        Assert.Equal("SELECT \"weird;name\", `other;name` FROM a", statements[2]);
        Assert.Equal("# trailing\nSELECT $$heredoc; text$$", statements[3]);
        Assert.Equal("SELECT 1 -- no trailing semicolon", statements[4]);
    }

    [Fact]
    public void A_script_of_only_comments_has_no_statements() =>
        Assert.Empty(SqlScriptSplitter.Split("-- nothing here;\n/* nor; here */\n  ;  "));

    [Fact]
    public void Unterminated_strings_are_reported() =>
        Assert.Throws<FormatException>(() => SqlScriptSplitter.Split("SELECT 'open;"));
}
