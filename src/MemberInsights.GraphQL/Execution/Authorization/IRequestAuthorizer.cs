using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Execution.Authorization;

/// <summary>
/// Decides <see cref="AuthorizationRequirement"/>s for the caller of one request (the engine's authorization hook; the
/// HTTP layer implements it over the caller's claims and its authorization policies). Pass one per request in
/// <see cref="GraphQLRequest.Authorizer"/>. Without one, every requirement is refused.
/// </summary>
public interface IRequestAuthorizer
{
    /// <summary>Whether the caller meets <paramref name="requirement"/>.</summary>
    ValueTask<bool> IsAuthorizedAsync(AuthorizationRequirement requirement, CancellationToken cancellationToken);
}
