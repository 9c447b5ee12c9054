using MemberInsights.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace MemberInsights.GraphQL.AspNetCore.Http;

/// <summary>
/// The <c>GraphQL-Cost</c> request header (as HotChocolate names it): <c>report</c> executes and adds the
/// estimated cost to <c>extensions.cost</c>; <c>validate</c> only validates and estimates, without executing.
/// </summary>
internal static class CostHeader
{
    public const string Name = "GraphQL-Cost";

    public static CostReport Read(IHeaderDictionary headers)
    {
        var values = headers[Name];
        if (values.Count == 0)
        {
            return CostReport.None;
        }

        var value = values.Count == 1 ? values[0]?.Trim() : null;
        if (string.Equals(value, "report", StringComparison.OrdinalIgnoreCase))
        {
            return CostReport.Include;
        }

        if (string.Equals(value, "validate", StringComparison.OrdinalIgnoreCase))
        {
            return CostReport.Only;
        }

        throw new GraphQLHttpRequestException(
            StatusCodes.Status400BadRequest,
            HttpErrorCodes.InvalidParameter,
            $"The {Name} header must be 'report' (execute and report the estimated cost) or 'validate' (estimate without executing).");
    }
}
