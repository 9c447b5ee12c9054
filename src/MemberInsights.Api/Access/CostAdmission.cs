using System.Globalization;
using System.Threading.RateLimiting;
using MemberInsights.GraphQL;
using MemberInsights.GraphQL.AspNetCore.Http;

namespace MemberInsights.Api.Access;

/// <summary>
/// Charges an operation's estimated cost to its caller's cost budget before it executes (OWASP's cost per minute);
/// over budget: 429 with <c>Retry-After</c> and a GraphQL error with code <c>RATE_LIMITED</c>. The cost also goes into
/// the request line.
/// </summary>
public sealed class CostAdmission(CostBudgets budgets) : IGraphQLCostAdmission
{
    /// <inheritdoc />
    public GraphQLError? Admit(HttpContext context, long estimatedCost)
    {
        ArgumentNullException.ThrowIfNull(context);
        RequestAudit.SetCost(context, estimatedCost);
        using var lease = budgets.Charge(CallerRateLimits.PartitionOf(context), estimatedCost);
        if (lease.IsAcquired)
        {
            return null;
        }

        var seconds = Math.Max(1, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return new GraphQLError(
            $"This caller's estimated cost per minute ({budgets.Limit.ToString(CultureInfo.InvariantCulture)}) is used up: this operation would cost "
            + $"{estimatedCost.ToString(CultureInfo.InvariantCulture)}; retry after {seconds} s.",
            [],
            null,
            new Dictionary<string, object?> { ["code"] = AccessResponses.RateLimited, ["budget"] = "cost", ["cost"] = estimatedCost, ["retryAfterSeconds"] = seconds });
    }
}
