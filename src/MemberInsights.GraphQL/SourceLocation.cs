namespace MemberInsights.GraphQL;

/// <summary>A 1-based line and column in a GraphQL document, as reported in <c>errors[].locations</c>.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct SourceLocation(int Line, int Column);
