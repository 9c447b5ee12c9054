using MemberInsights.Api.Contracts;
using MemberInsights.GraphQL.AspNetCore;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.Api.Access;

/// <summary>
/// Who may use each capability of the GraphQL endpoint, declared once (the role policies say which roles include a
/// role: <c>frontend</c> includes <c>analyst</c>). Fields are guarded in the schema with <c>@authorize</c>; the admin
/// endpoints by the <c>admin</c> policy.
/// </summary>
/// <remarks>
/// | capability | frontend | analyst | bi | admin |
/// |---|---|---|---|---|
/// | ad-hoc documents | yes | yes | no | yes |
/// | persisted operations by id | yes | yes | yes | yes |
/// | introspection and the SDL | when <c>Access:FrontendIntrospection</c> | yes | no | no |
/// | the explorer | no | yes | no | no |
/// </remarks>
public static class Capabilities
{
    /// <summary>Sets the endpoint's requirements.</summary>
    public static void Apply(GraphQLAccessOptions access, AccessOptions options)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(options);
        access.AdHocDocuments = AuthorizationRequirement.ForRoles(AccessRoles.Frontend, AccessRoles.Admin);
        access.Introspection = options.FrontendIntrospection
            ? AuthorizationRequirement.ForRoles(AccessRoles.Frontend)
            : AuthorizationRequirement.ForRoles(AccessRoles.Analyst);
        access.Explorer = AuthorizationRequirement.ForRoles(AccessRoles.Analyst);
    }
}
