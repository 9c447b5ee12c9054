namespace MemberInsights.GraphQL;

/// <summary>The values the engine writes to <c>errors[].extensions.code</c>.</summary>
public static class ErrorCodes
{
    /// <summary>The document is not syntactically valid GraphQL.</summary>
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document failed validation against the schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>Bad input supplied by the client (arguments, variables, operation name).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>An unexpected server failure; the message is masked.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The operation type is not allowed for this request (e.g. a mutation over HTTP GET).</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";

    /// <summary>The document exceeded a size, token, depth or cost limit.</summary>
    public const string LimitExceeded = "LIMIT_EXCEEDED";

    /// <summary>The request ran longer than the configured execution timeout.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>The request was cancelled by the client.</summary>
    public const string Cancelled = "CANCELLED";

    /// <summary>The caller may not read a field or run an operation (authorization).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>Introspection is disabled by configuration.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
}
