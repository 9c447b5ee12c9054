using MemberInsights.GraphQL;
using Microsoft.AspNetCore.Http;

namespace MemberInsights.GraphQL.AspNetCore.Http;

/// <summary>
/// Admits an operation by its estimated cost before it executes, e.g. against the caller's cost budget per minute.
/// Register one as a singleton; the endpoint asks it for every operation that gets as far as execution.
/// </summary>
public interface IGraphQLCostAdmission
{
    /// <summary>
    /// Null admits the operation; an error refuses it with 429 (the implementation may set headers such as
    /// <c>Retry-After</c> on <paramref name="context"/>'s response).
    /// </summary>
    GraphQLError? Admit(HttpContext context, long estimatedCost);
}
