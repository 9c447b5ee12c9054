using MemberInsights.Api.Contracts;
using Microsoft.AspNetCore.Authorization;

namespace MemberInsights.Api.Access;

/// <summary>An ASP.NET Core authorization policy per role (a role's policy lists the roles that have everything it has), and the unscoped policy.</summary>
public static class AccessPolicies
{
    /// <summary>The roles that meet each role's policy.</summary>
    public static IReadOnlyDictionary<string, string[]> Members { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [AccessRoles.Frontend] = [AccessRoles.Frontend, AccessRoles.Analyst],
        [AccessRoles.Analyst] = [AccessRoles.Analyst],
        [AccessRoles.Bi] = [AccessRoles.Bi],
        [AccessRoles.Admin] = [AccessRoles.Admin],
    };

    /// <summary>Adds the policies.</summary>
    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (role, members) in Members)
        {
            options.AddPolicy(role, policy => policy.RequireRole(members));
        }

        options.AddPolicy(AccessRoles.UnscopedPolicy, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => !CallerClaims.IsScoped(context.User)));
    }
}
