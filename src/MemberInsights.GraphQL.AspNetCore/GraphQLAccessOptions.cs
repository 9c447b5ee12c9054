using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.AspNetCore;

/// <summary>
/// What a caller needs for each capability of the endpoint, decided per request by
/// <see cref="Authorization.HttpRequestAuthorizer"/>; null leaves a capability to whoever reaches the endpoint (protect
/// the endpoint itself with <c>RequireAuthorization()</c> on the group <c>MapGraphQL</c> returns). Field-level rules are
/// the schema's <c>@authorize</c> directives.
/// </summary>
public sealed class GraphQLAccessOptions
{
    /// <summary>
    /// Needed to run a document that is not a persisted operation (ad-hoc text or a new automatic persisted query);
    /// others get 403 with code <c>FORBIDDEN</c> and may still run persisted operations by id.
    /// </summary>
    public AuthorizationRequirement? AdHocDocuments { get; set; }

    /// <summary>Needed to introspect (<c>__schema</c>, <c>__type</c>) and to download the SDL (<c>{endpoint}/schema.graphql</c>, <c>?sdl</c>).</summary>
    public AuthorizationRequirement? Introspection { get; set; }

    /// <summary>Needed to open the explorer (its page and files).</summary>
    public AuthorizationRequirement? Explorer { get; set; }
}
