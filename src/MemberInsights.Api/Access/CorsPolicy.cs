using Microsoft.AspNetCore.Cors.Infrastructure;

namespace MemberInsights.Api.Access;

/// <summary>
/// Which browser origins may call the API: the configured ones, where <c>http://localhost:*</c> and
/// <c>http://127.0.0.1:*</c> stand for every port; in Development those two are allowed without configuration.
/// Preflights are answered (with the allowed methods and headers and the configured max age); other origins get no
/// CORS headers, so browsers refuse them.
/// </summary>
public static class CorsPolicy
{
    /// <summary>The policy's name.</summary>
    public const string Name = "member-insights";

    private static readonly string[] LoopbackOrigins = ["http://localhost:*", "http://127.0.0.1:*"];

    /// <summary>Builds the policy.</summary>
    public static void Configure(CorsPolicyBuilder policy, CorsOptions options, bool development)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(options);
        var origins = (development ? options.Origins.Concat(LoopbackOrigins) : options.Origins).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        policy.SetIsOriginAllowed(origin => origins.Any(allowed => Allows(allowed, origin)))
            .WithMethods("GET", "POST")
            .WithHeaders("Content-Type", "Accept", "Authorization", ApiKeyHandler.Header, "GraphQL-Cost")
            .WithExposedHeaders("Retry-After", "GraphQL-Cost")
            .SetPreflightMaxAge(options.MaxAge);
        if (options.AllowCredentials)
        {
            policy.AllowCredentials();
        }
    }

    /// <summary>Whether the configured <paramref name="allowed"/> origin (optionally ending in <c>:*</c>) allows <paramref name="origin"/>.</summary>
    public static bool Allows(string allowed, string origin)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        ArgumentNullException.ThrowIfNull(origin);
        if (!allowed.EndsWith(":*", StringComparison.Ordinal))
        {
            return string.Equals(allowed.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase);
        }

        var host = allowed[..^2];
        if (!origin.StartsWith(host + ":", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var port = origin[(host.Length + 1)..];
        return port.Length is > 0 and <= 5 && port.All(char.IsAsciiDigit);
    }
}
