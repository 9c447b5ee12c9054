using System.Text.Json;

namespace MemberInsights.GraphQL.AspNetCore.Http;

/// <summary>The parameters of a GraphQL-over-HTTP request, before the document is resolved.</summary>
internal sealed class GraphQLHttpRequest
{
    /// <summary>The document text (<c>query</c>), if sent.</summary>
    public string? Query { get; init; }

    /// <summary>The operation to run; null or empty means the only one.</summary>
    public string? OperationName { get; init; }

    /// <summary>The <c>variables</c> object, if sent.</summary>
    public JsonElement? Variables { get; init; }

    /// <summary>The <c>extensions</c> object, if sent.</summary>
    public JsonElement? Extensions { get; init; }

    /// <summary>The persisted operation id (<c>id</c> or <c>documentId</c>), as sent.</summary>
    public string? DocumentId { get; init; }
}
