using MemberInsights.GraphQL.AspNetCore.Http;
using MemberInsights.GraphQL.Execution.Authorization;
using MemberInsights.GraphQL.Types;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MemberInsights.GraphQL.AspNetCore.Authorization;

/// <summary>Refuses a capability of the endpoint (the explorer, the SDL) to a caller that lacks its requirement.</summary>
internal static class CapabilityCheck
{
    /// <summary>
    /// True, with the response written, when the caller does not meet <paramref name="requirement"/>: an unauthenticated
    /// caller is challenged (401 from the application's authentication scheme), an authenticated one gets 403 with a
    /// GraphQL error (code <c>FORBIDDEN</c>).
    /// </summary>
    public static async Task<bool> RefuseAsync(HttpContext context, IRequestAuthorizer authorizer, AuthorizationRequirement? requirement, string capability)
    {
        if (requirement is null || await authorizer.IsAuthorizedAsync(requirement, context.RequestAborted))
        {
            return false;
        }

        if (context.User.Identity?.IsAuthenticated != true && context.RequestServices.GetService<IAuthenticationSchemeProvider>() is { } schemes
            && await schemes.GetDefaultChallengeSchemeAsync() is not null)
        {
            await context.ChallengeAsync();
            return true;
        }

        await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status403Forbidden, GraphQLMediaTypes.JsonUtf8,
            $"This caller may not {capability} (it requires {requirement.Directive}).", HttpErrorCodes.Forbidden);
        return true;
    }
}
