using System.Security.Claims;
using MemberInsights.Api.Contracts;

namespace MemberInsights.Api.Access;

/// <summary>The claims every authenticated caller carries, whichever scheme authenticated it.</summary>
public static class CallerClaims
{
    /// <summary>Who the caller is: <c>key:&lt;id&gt;</c>, <c>token:&lt;sub&gt;</c> or <c>loopback</c> (never a secret).</summary>
    public const string Caller = "mi_caller";

    /// <summary>The roles' claim type of API-key identities (tokens name theirs in <c>Access:Jwt:RoleClaim</c>).</summary>
    public const string Role = "role";

    /// <summary>A principal for an API key, the development loopback caller or a test.</summary>
    public static ClaimsPrincipal Principal(string caller, IEnumerable<string> roles, AccessScope scope, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var claims = new List<Claim> { new(Caller, caller) };
        claims.AddRange(roles.Select(role => new Claim(Role, role)));
        if (!scope.IsUnrestricted)
        {
            claims.Add(new Claim(ScopeReader.Claim, ScopeReader.ToClaim(scope)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, Caller, Role));
    }

    /// <summary>The caller's name for logs and rate limits, or null for an anonymous caller.</summary>
    public static string? CallerOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirst(Caller)?.Value ?? "unknown" : null;

    /// <summary>The caller's roles.</summary>
    public static IReadOnlyList<string> RolesOf(ClaimsPrincipal user)
    {
        if (user.Identity is not ClaimsIdentity { IsAuthenticated: true } identity)
        {
            return [];
        }

        return identity.FindAll(identity.RoleClaimType).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether the caller carries a scope.</summary>
    public static bool IsScoped(ClaimsPrincipal user) => user.HasClaim(c => c.Type == ScopeReader.Claim);
}
