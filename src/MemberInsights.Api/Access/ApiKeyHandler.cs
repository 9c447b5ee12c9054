using System.Net;
using System.Text.Encodings.Web;
using MemberInsights.Api.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MemberInsights.Api.Access;

/// <summary>
/// Authenticates API keys sent as <c>X-Api-Key: mi_...</c> or <c>Authorization: Bearer mi_...</c>. In Development a
/// request without credentials from this machine (a loopback address, not forwarded by a proxy) is the analyst
/// <c>loopback</c>, so the explorer and the README's examples work with no setup; elsewhere it is anonymous. Challenges
/// and refusals answer with a GraphQL error.
/// </summary>
public sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys,
    IHostEnvironment environment) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The header that carries a key.</summary>
    public const string Header = "X-Api-Key";

    private const string BearerPrefix = "Bearer ";

    /// <summary>Whether the Authorization header carries an API key rather than a token.</summary>
    public static bool CarriesKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.ContainsKey(Header)
            || request.Headers.Authorization.ToString().StartsWith(BearerPrefix + ApiKey.Prefix, StringComparison.Ordinal)
            || !request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[Header].ToString();
        var authorization = Request.Headers.Authorization.ToString();
        if (key.Length == 0 && authorization.StartsWith(BearerPrefix + ApiKey.Prefix, StringComparison.Ordinal))
        {
            key = authorization[BearerPrefix.Length..].Trim();
        }

        if (key.Length == 0)
        {
            return Task.FromResult(authorization.Length == 0 && IsDevelopmentLoopback()
                ? AuthenticateResult.Success(new AuthenticationTicket(
                    CallerClaims.Principal("loopback", [AccessRoles.Analyst], AccessScope.Unrestricted, "DevelopmentLoopback"), SchemeName))
                : AuthenticateResult.NoResult());
        }

        var principal = keys.Authenticate(key);
        return Task.FromResult(principal is null
            ? AuthenticateResult.Fail("The API key is not valid.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers[HeaderNames.WWWAuthenticate] = result.Failure is null ? AccessResponses.Challenge : AccessResponses.Challenge + ", error=\"invalid_key\"";
        var message = result.Failure is null
            ? $"Authentication required: send an API key in the {Header} header (or Authorization: Bearer mi_...), or a bearer token."
            : "The API key is not valid.";
        await AccessResponses.WriteAsync(Context, StatusCodes.Status401Unauthorized, AccessResponses.Unauthenticated, message);
    }

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        AccessResponses.WriteAsync(Context, StatusCodes.Status403Forbidden, AccessResponses.Forbidden, "This caller's roles do not allow this request.");

    private bool IsDevelopmentLoopback() =>
        environment.IsDevelopment()
        && Context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
        && !Request.Headers.ContainsKey("X-Forwarded-For") && !Request.Headers.ContainsKey("Forwarded");
}
