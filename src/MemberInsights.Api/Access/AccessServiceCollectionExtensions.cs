using MemberInsights.Api.Contracts;
using MemberInsights.GraphQL.AspNetCore;
using MemberInsights.GraphQL.AspNetCore.Http;
using Serilog;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace MemberInsights.Api.Access;

/// <summary>Registers and applies access control: authentication schemes, role policies, capabilities, scopes, CORS and rate limits.</summary>
public static class AccessServiceCollectionExtensions
{
    /// <summary>The scheme that picks the API-key or the bearer-token scheme for a request.</summary>
    public const string Scheme = "Access";

    /// <summary>Registers access control from the <c>Access</c> section.</summary>
    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var section = configuration.GetSection(AccessOptions.Section);
        var options = section.Get<AccessOptions>() ?? new AccessOptions();
        services.Configure<AccessOptions>(section);
        services.AddSingleton<ScopeReader>();
        services.AddSingleton<ApiKeyStore>();
        services.AddHttpContextAccessor();

        var jwt = !string.IsNullOrEmpty(options.Jwt.SigningKey);
        var authentication = services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "API key or bearer token", scheme => scheme.ForwardDefaultSelector = context =>
                jwt && !ApiKeyHandler.CarriesKey(context.Request) ? BearerTokens.Scheme : ApiKeyHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null);
        if (jwt)
        {
            BearerTokens.SigningKey(options.Jwt);
            authentication.AddJwtBearer(BearerTokens.Scheme, bearer => BearerTokens.Configure(bearer, options.Jwt));
        }

        services.AddAuthorization(AccessPolicies.Add);
        services.Configure<GraphQLServerOptions>(graphql => Capabilities.Apply(graphql.Access, options));
        services.AddCors(cors => cors.AddPolicy(CorsPolicy.Name, policy => CorsPolicy.Configure(policy, options.Cors, environment.IsDevelopment())));
        services.AddCallerRateLimits();
        services.AddSingleton<AccessAudit>();
        services.AddHostedService(provider => provider.GetRequiredService<AccessAudit>());
        services.AddSingleton<IGraphQLRequestObserver, RequestAudit.GraphQLFacts>();
        services.AddSingleton<IGraphQLCostAdmission, CostAdmission>();
        return services;
    }

    /// <summary>
    /// The access middleware, in order: the request line and the audit (so refusals are in them), CORS (answers
    /// preflights), authentication, the caller's scope for the rest of the request, rate limits (before authorization,
    /// so that anonymous and wrong-key requests count against their IP address), authorization. Call before mapping
    /// the endpoints.
    /// </summary>
    public static WebApplication UseAccess(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Fails start-up with every problem of the configured keys listed.
        app.Services.GetRequiredService<ApiKeyStore>();
        var logger = app.Services.GetService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            RequestAudit.Configure(options);

            // The host's logger, not the static one (several hosts share a test process).
            options.Logger = logger;
        });
        app.UseAccessAudit();
        app.UseCors(CorsPolicy.Name);
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            using var scope = AccessScope.Enter(ScopeOf(context));
            await next(context);
        });
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Requires an authenticated caller within its rate limit (and, when given, the policy) on the endpoints.</summary>
    public static TBuilder RequireCaller<TBuilder>(this TBuilder builder, string? policy = null)
        where TBuilder : IEndpointConventionBuilder
    {
        if (policy is null)
        {
            builder.RequireAuthorization();
        }
        else
        {
            builder.RequireAuthorization(policy);
        }

        return builder.RequireRateLimiting(CallerRateLimits.Policy);
    }

    /// <summary>The scope of the request's caller (unrestricted for an anonymous one).</summary>
    public static AccessScope ScopeOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.FindFirst(ScopeReader.Claim) is not { } claim)
        {
            return AccessScope.Unrestricted;
        }

        // Validated when the caller was authenticated.
        return context.RequestServices.GetRequiredService<ScopeReader>().FromClaim(claim.Value);
    }
}
