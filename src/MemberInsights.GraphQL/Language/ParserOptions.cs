namespace MemberInsights.GraphQL.Language;

/// <summary>Limits enforced while lexing and parsing, against hostile documents.</summary>
public sealed record ParserOptions
{
    /// <summary>Defaults suited to a public endpoint.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>Maximum document size in UTF-8 bytes (default 1 MiB).</summary>
    public int MaxDocumentBytes { get; init; } = 1024 * 1024;

    /// <summary>Maximum number of lexical tokens (default 15,000).</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Maximum nesting depth of selection sets, lists, objects and type references (default 256).</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Keep source locations on nodes (needed for error locations; default true).</summary>
    public bool KeepLocations { get; init; } = true;
}
