namespace MemberInsights.Api.Contracts;

/// <summary>
/// The kinds of clients (roles, carried by API keys and tokens) and the authorization policies named after them. The
/// policy of a role says which roles have everything it has: <c>analyst</c> has all of <c>frontend</c>. What each role
/// may do is declared once per capability: the schema's <c>@authorize</c> directives for fields, the endpoint's
/// capabilities in <c>Access/Capabilities</c>, the admin endpoints' policy.
/// </summary>
public static class AccessRoles
{
    /// <summary>Web front ends: ad-hoc queries and the assistant; introspection when configured.</summary>
    public const string Frontend = "frontend";

    /// <summary>Analysts: everything <see cref="Frontend"/> has, plus the explorer and introspection.</summary>
    public const string Analyst = "analyst";

    /// <summary>BI tools: persisted operations by id only, no introspection, no ad-hoc documents.</summary>
    public const string Bi = "bi";

    /// <summary>Operators: the admin endpoints, platform health and its access audit.</summary>
    public const string Admin = "admin";

    /// <summary>Every role.</summary>
    public static IReadOnlyList<string> All { get; } = [Frontend, Analyst, Bi, Admin];

    /// <summary>The policy a caller without a scope meets (for views of the whole warehouse, such as platform health).</summary>
    public const string UnscopedPolicy = "unscoped";
}
