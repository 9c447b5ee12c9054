namespace MemberInsights.GraphQL.AspNetCore.Http;

/// <summary>The media types of the GraphQL-over-HTTP specification.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The preferred response type: status codes tell request errors from results.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The legacy response type, and the request body type.</summary>
    public const string Json = "application/json";

    /// <summary>The <c>Content-Type</c> of <see cref="GraphQLResponseJson"/> responses.</summary>
    public const string GraphQLResponseJsonUtf8 = "application/graphql-response+json; charset=utf-8";

    /// <summary>The <c>Content-Type</c> of <see cref="Json"/> responses.</summary>
    public const string JsonUtf8 = "application/json; charset=utf-8";
}

/// <summary>The media type a response is encoded in; it decides the status codes (spec §Status Codes).</summary>
internal enum ResponseMediaType
{
    /// <summary>Nothing the client accepts: 406.</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>: 4xx for request errors.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: 200 for every well-formed request.</summary>
    Json,
}
