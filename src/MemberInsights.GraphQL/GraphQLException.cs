namespace MemberInsights.GraphQL;

/// <summary>
/// An error a resolver throws on purpose: its message and code reach the client unmasked
/// (unlike any other exception, which becomes "Unexpected Execution Error").
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates an exception with a user-facing message and a code such as <see cref="ErrorCodes.BadUserInput"/>.</summary>
    public GraphQLException(string message, string code = ErrorCodes.BadUserInput, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        Extensions = extensions;
    }

    /// <summary>Creates an exception that wraps a cause (the cause is logged, not shown).</summary>
    public GraphQLException(string message, string code, Exception innerException)
        : base(message, innerException) => Code = code;

    /// <summary>The value written to <c>extensions.code</c>.</summary>
    public string Code { get; }

    /// <summary>Additional extension entries for the client.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}

/// <summary>Thrown by the lexer and parser; carries the graphql-js-style syntax error.</summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    /// <summary>Creates a syntax exception for the error.</summary>
    public GraphQLSyntaxException(GraphQLError error)
        : base(error?.Message ?? string.Empty, error?.Code ?? ErrorCodes.SyntaxError) => Error = error!;

    /// <summary>The error to report, with its location.</summary>
    public GraphQLError Error { get; }
}
