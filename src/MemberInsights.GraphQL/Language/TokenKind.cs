namespace MemberInsights.GraphQL.Language;

/// <summary>The lexical token kinds of GraphQL.</summary>
public enum TokenKind : byte
{
    /// <summary>Start of file.</summary>
    StartOfFile,
    /// <summary>End of file.</summary>
    EndOfFile,
    /// <summary><c>!</c></summary>
    Bang,
    /// <summary><c>$</c></summary>
    Dollar,
    /// <summary><c>&amp;</c></summary>
    Amp,
    /// <summary><c>(</c></summary>
    ParenLeft,
    /// <summary><c>)</c></summary>
    ParenRight,
    /// <summary><c>...</c></summary>
    Spread,
    /// <summary><c>:</c></summary>
    Colon,
    /// <summary><c>=</c></summary>
    EqualsSign,
    /// <summary><c>@</c></summary>
    At,
    /// <summary><c>[</c></summary>
    BracketLeft,
    /// <summary><c>]</c></summary>
    BracketRight,
    /// <summary><c>{</c></summary>
    BraceLeft,
    /// <summary><c>|</c></summary>
    Pipe,
    /// <summary><c>}</c></summary>
    BraceRight,
    /// <summary>A name.</summary>
    Name,
    /// <summary>An integer literal.</summary>
    Int,
    /// <summary>A float literal.</summary>
    Float,
    /// <summary>A quoted string.</summary>
    String,
    /// <summary>A block string.</summary>
    BlockString,
    /// <summary>A comment.</summary>
    Comment,
}

/// <summary>One lexical token with its position and decoded value.</summary>
/// <param name="Kind">The token kind.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Value">The decoded value for names, numbers, strings and comments, else null.</param>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    /// <summary>The description graphql-js uses in error messages: <c>"}"</c>, <c>Name "foo"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public string Describe() => Value is null || Kind == TokenKind.Comment ? KindDescription(Kind) : KindDescription(Kind) + " \"" + Value + "\"";

    /// <summary>The description of a kind: punctuators quoted, others by name.</summary>
    public static string KindDescription(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenLeft => "\"(\"",
        TokenKind.ParenRight => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.EqualsSign => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketLeft => "\"[\"",
        TokenKind.BracketRight => "\"]\"",
        TokenKind.BraceLeft => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceRight => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => "Comment",
    };
}
