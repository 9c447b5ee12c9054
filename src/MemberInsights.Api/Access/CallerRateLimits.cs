using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MemberInsights.Api.Access;

/// <summary>
/// ASP.NET Core's rate limiter with a budget per caller (key id or token subject; the IP address for anonymous callers):
/// requests per minute on the GraphQL and admin endpoints, and estimated GraphQL cost per minute (the OWASP GraphQL
/// advice) charged before an operation executes. A refused request gets 429, <c>Retry-After</c> and a GraphQL error.
/// </summary>
public static class CallerRateLimits
{
    /// <summary>The policy the endpoints require.</summary>
    public const string Policy = "caller";

    /// <summary>The key of the <see cref="TimeProvider"/> the budgets run on (tests replace it).</summary>
    public const string ClockKey = "rate-limits";

    /// <summary>The caller a budget belongs to.</summary>
    public static string PartitionOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return CallerClaims.CallerOf(context.User) ?? "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    /// <summary>Registers the limiter and the cost budgets.</summary>
    public static IServiceCollection AddCallerRateLimits(this IServiceCollection services)
    {
        services.TryAddKeyedSingleton<TimeProvider>(ClockKey, TimeProvider.System);
        services.AddSingleton<CostBudgets>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<AccessOptions>>().Value.RateLimits;
                var clock = context.RequestServices.GetRequiredKeyedService<TimeProvider>(ClockKey);
                var partition = PartitionOf(context);
                var limit = partition.StartsWith("ip:", StringComparison.Ordinal) ? options.AnonymousRequestsPerMinute : options.RequestsPerMinute;
                return RateLimitPartition.Get(partition, _ => new WindowBudget(clock, limit, options.Window));
            });
            limiter.OnRejected = (rejected, ct) => new ValueTask(RejectAsync(rejected.HttpContext, rejected.Lease, "requests"));
        });
        return services;
    }

    /// <summary>Writes the 429 of a refused lease.</summary>
    public static Task RejectAsync(HttpContext context, RateLimitLease lease, string budget)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(lease);
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        context.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
        return AccessResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, AccessResponses.RateLimited,
            $"This caller's {budget} per minute are used up; retry after {Math.Max(1, seconds)} s.",
            new Dictionary<string, object?> { ["budget"] = budget, ["retryAfterSeconds"] = Math.Max(1, seconds) });
    }
}

/// <summary>The estimated-cost budgets per caller, charged by the GraphQL endpoint before an operation executes.</summary>
public sealed class CostBudgets(IOptions<AccessOptions> options, [FromKeyedServices(CallerRateLimits.ClockKey)] TimeProvider clock) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _budgets = PartitionedRateLimiter.Create<string, string>(caller =>
        RateLimitPartition.Get(caller, _ => new WindowBudget(clock, options.Value.RateLimits.CostPerMinute, options.Value.RateLimits.Window)));

    /// <summary>The estimated cost each caller may spend per window.</summary>
    public long Limit => options.Value.RateLimits.CostPerMinute;

    /// <summary>Charges <paramref name="cost"/> to <paramref name="caller"/>; the lease says whether the budget held it.</summary>
    public RateLimitLease Charge(string caller, long cost) => _budgets.AttemptAcquire(caller, (int)Math.Clamp(cost, 0, int.MaxValue));

    /// <inheritdoc />
    public void Dispose() => _budgets.Dispose();
}
