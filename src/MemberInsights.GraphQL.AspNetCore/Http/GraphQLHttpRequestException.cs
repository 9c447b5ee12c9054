namespace MemberInsights.GraphQL.AspNetCore.Http;

/// <summary>
/// A request the endpoint refuses before execution (malformed JSON, unsupported media type, body
/// too large, unknown persisted operation, ...): answered with <see cref="StatusCode"/> and a
/// GraphQL error carrying <see cref="Code"/>.
/// </summary>
internal sealed class GraphQLHttpRequestException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    /// <summary>
    /// Whether the request was a well-formed GraphQL-over-HTTP request refused with a GraphQL request
    /// error (e.g. an unknown persisted operation): under <c>application/json</c> that is a 200.
    /// </summary>
    public bool IsWellFormedRequest { get; init; }
}

/// <summary>The <c>extensions.code</c> values of errors raised by the HTTP layer.</summary>
public static class HttpErrorCodes
{
    /// <summary>The body is not JSON, or not a JSON object.</summary>
    public const string MalformedRequest = "MALFORMED_REQUEST";

    /// <summary>A request parameter has the wrong type (e.g. <c>variables</c> is not an object).</summary>
    public const string InvalidParameter = "INVALID_REQUEST_PARAMETER";

    /// <summary>Neither a <c>query</c> nor a persisted operation id was sent.</summary>
    public const string MissingQuery = "MISSING_QUERY";

    /// <summary>The POST body is not <c>application/json</c>.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The client accepts none of the response media types.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>The body is larger than the configured limit.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The GET <c>query</c> is longer than the configured limit.</summary>
    public const string QueryTooLong = "QUERY_TOO_LONG";

    /// <summary>A mutation was sent with GET.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>No persisted operation has the requested id.</summary>
    public const string PersistedOperationNotFound = "PERSISTED_OPERATION_NOT_FOUND";

    /// <summary>An automatic persisted query hash is unknown: send the query with it.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>The automatic persisted query hash does not match the query sent with it.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>Automatic persisted queries are disabled, or the version is unsupported.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The server only runs persisted operations.</summary>
    public const string PersistedOperationOnly = "PERSISTED_OPERATION_ONLY";

    /// <summary>The caller may not use this capability (ad-hoc documents, the explorer, the SDL): 403.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>Something failed in the server; the response carries a correlation id for the log.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
