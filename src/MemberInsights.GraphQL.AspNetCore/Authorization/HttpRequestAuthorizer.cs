using MemberInsights.GraphQL.Execution.Authorization;
using MemberInsights.GraphQL.Types;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MemberInsights.GraphQL.AspNetCore.Authorization;

/// <summary>
/// Decides <see cref="AuthorizationRequirement"/>s for the caller of one HTTP request with ASP.NET Core authorization: a
/// role is met by the authorization policy of that name when the application registered one (so a policy per role
/// can say which roles include it), else by <see cref="System.Security.Claims.ClaimsPrincipal.IsInRole"/>; a policy is
/// evaluated by <see cref="IAuthorizationService"/>. An unauthenticated caller meets no requirement.
/// </summary>
public sealed class HttpRequestAuthorizer : IRequestAuthorizer
{
    private readonly HttpContext _context;
    private readonly IAuthorizationService? _authorization;
    private readonly IAuthorizationPolicyProvider? _policies;

    /// <summary>Creates the authorizer of <paramref name="context"/>'s caller.</summary>
    public HttpRequestAuthorizer(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _authorization = context.RequestServices.GetService<IAuthorizationService>();
        _policies = context.RequestServices.GetService<IAuthorizationPolicyProvider>();
    }

    /// <inheritdoc />
    public async ValueTask<bool> IsAuthorizedAsync(AuthorizationRequirement requirement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var user = _context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        if (requirement.Roles.Count > 0)
        {
            var inRole = false;
            foreach (var role in requirement.Roles)
            {
                if (await MeetsRoleAsync(role).ConfigureAwait(false))
                {
                    inRole = true;
                    break;
                }
            }

            if (!inRole)
            {
                return false;
            }
        }

        return requirement.Policy is not { } policy || await MeetsPolicyAsync(policy).ConfigureAwait(false);
    }

    private async Task<bool> MeetsRoleAsync(string role)
    {
        if (_policies is not null && _authorization is not null && await _policies.GetPolicyAsync(role).ConfigureAwait(false) is { } policy)
        {
            return (await _authorization.AuthorizeAsync(_context.User, _context, policy).ConfigureAwait(false)).Succeeded;
        }

        return _context.User.IsInRole(role);
    }

    private async Task<bool> MeetsPolicyAsync(string name)
    {
        if (_policies is null || _authorization is null || await _policies.GetPolicyAsync(name).ConfigureAwait(false) is not { } policy)
        {
            return false;
        }

        return (await _authorization.AuthorizeAsync(_context.User, _context, policy).ConfigureAwait(false)).Succeeded;
    }
}
