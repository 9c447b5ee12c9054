namespace MemberInsights.GraphQL.AspNetCore.Http;

/// <summary>
/// Told about every GraphQL request the endpoint answered (explorer page loads excluded), e.g. to keep
/// request counts and latency percentiles. Register any number as singletons; calls must be fast and must not throw.
/// </summary>
public interface IGraphQLRequestObserver
{
    /// <summary>Called once per request, after the response was written.</summary>
    void OnCompleted(GraphQLRequestRecord request);
}

/// <summary>One answered GraphQL request.</summary>
/// <param name="OperationName">The operation's name, or null for an anonymous operation.</param>
/// <param name="DocumentId">The document's SHA-256 id, or null when none could be computed (e.g. a malformed request).</param>
/// <param name="StatusCode">The HTTP status code sent.</param>
/// <param name="ErrorCount">Errors in the response (request errors and field errors).</param>
/// <param name="Duration">Time from reading the request to the end of the response.</param>
public sealed record GraphQLRequestRecord(string? OperationName, string? DocumentId, int StatusCode, int ErrorCount, TimeSpan Duration)
{
    /// <summary>query, mutation or subscription; null when no operation was selected.</summary>
    public string? OperationType { get; init; }

    /// <summary>Whether the caller was refused something: the whole request (403) or a field (an error with code <c>FORBIDDEN</c>).</summary>
    public bool Forbidden { get; init; }
}
