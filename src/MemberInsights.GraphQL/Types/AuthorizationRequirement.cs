using MemberInsights.GraphQL.Language;

namespace MemberInsights.GraphQL.Types;

/// <summary>
/// What a caller must have to resolve a field, run an operation or use a capability: any one of <see cref="Roles"/>
/// (when there are any) and the named <see cref="Policy"/> (when there is one). With neither, an authenticated caller.
/// In SDL it is the <c>@authorize(roles: [...], policy: "...")</c> directive; <see cref="MemberInsights.GraphQL.Execution.Authorization.IRequestAuthorizer"/>
/// decides it for one request.
/// </summary>
public sealed class AuthorizationRequirement : IEquatable<AuthorizationRequirement>
{
    /// <summary>Creates a requirement; the roles are kept in the given order, without duplicates.</summary>
    public AuthorizationRequirement(IEnumerable<string>? roles = null, string? policy = null)
    {
        Roles = (roles ?? []).Distinct(StringComparer.Ordinal).ToArray();
        if (Roles.Any(string.IsNullOrWhiteSpace) || policy is { Length: 0 })
        {
            throw new ArgumentException("Role and policy names must not be empty.");
        }

        Policy = policy;
        Directive = Print();
    }

    /// <summary>The roles of which the caller must have one; empty for no role condition.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>The policy the caller must satisfy, or null.</summary>
    public string? Policy { get; }

    /// <summary>The requirement as the SDL directive that declares it, e.g. <c>@authorize(roles: ["analyst"])</c>.</summary>
    public string Directive { get; }

    /// <summary>A requirement for the given roles.</summary>
    public static AuthorizationRequirement ForRoles(params string[] roles) => new(roles);

    /// <inheritdoc />
    public bool Equals(AuthorizationRequirement? other) => other is not null && Directive == other.Directive;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AuthorizationRequirement);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Directive);

    /// <inheritdoc />
    public override string ToString() => Directive;

    private string Print()
    {
        var arguments = new List<string>(2);
        if (Roles.Count > 0)
        {
            arguments.Add("roles: [" + string.Join(", ", Roles.Select(Printer.PrintString)) + "]");
        }

        if (Policy is not null)
        {
            arguments.Add("policy: " + Printer.PrintString(Policy));
        }

        return arguments.Count == 0 ? "@authorize" : "@authorize(" + string.Join(", ", arguments) + ")";
    }
}
