using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Net.Http.Headers;

namespace MemberInsights.Api.Access;

/// <summary>
/// JWT bearer tokens: HS256 with the configured key, issuer and audience required, lifetime checked. The caller is
/// <c>token:&lt;sub&gt;</c>, its roles are the <see cref="JwtOptions.RoleClaim"/> values, its scope the <c>mi_scope</c> claim.
/// A missing, malformed, expired or wrongly signed token is a 401 with a GraphQL error and <c>WWW-Authenticate</c>.
/// </summary>
public static class BearerTokens
{
    /// <summary>The scheme's name.</summary>
    public const string Scheme = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>Configures the JwtBearer handler from <paramref name="options"/>.</summary>
    public static void Configure(JwtBearerOptions bearer, JwtOptions options)
    {
        ArgumentNullException.ThrowIfNull(bearer);
        ArgumentNullException.ThrowIfNull(options);
        bearer.MapInboundClaims = false;
        bearer.RequireHttpsMetadata = false;
        bearer.IncludeErrorDetails = false;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKey = new SymmetricSecurityKey(SigningKey(options)),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = options.ClockSkew,
            RoleClaimType = options.RoleClaim,
            NameClaimType = "sub",
        };
        bearer.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (context.Principal?.Identity is not ClaimsIdentity identity || identity.FindFirst("sub")?.Value is not { Length: > 0 } subject)
                {
                    context.Fail("The token has no subject (sub).");
                    return Task.CompletedTask;
                }

                try
                {
                    if (identity.FindFirst(ScopeReader.Claim) is { } scope
                        && context.HttpContext.RequestServices.GetRequiredService<ScopeReader>().FromClaim(scope.Value).IsUnrestricted)
                    {
                        identity.RemoveClaim(scope);
                    }
                }
                catch (FormatException e)
                {
                    context.Fail(e.Message);
                    return Task.CompletedTask;
                }

                identity.AddClaim(new Claim(CallerClaims.Caller, "token:" + subject));
                return Task.CompletedTask;
            },
            OnChallenge = async context =>
            {
                context.HandleResponse();
                var (error, message) = Describe(context.AuthenticateFailure);
                context.Response.Headers[HeaderNames.WWWAuthenticate] = AccessResponses.Challenge + $", error=\"{error}\"";
                await AccessResponses.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, AccessResponses.Unauthenticated, message);
            },
            OnForbidden = context => AccessResponses.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, AccessResponses.Forbidden,
                "This caller's roles do not allow this request."),
        };
    }

    /// <summary>The signing key's bytes; throws when it is not base64 of at least 32 bytes.</summary>
    public static byte[] SigningKey(JwtOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        byte[] key;
        try
        {
            key = Convert.FromBase64String(options.SigningKey ?? "");
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{AccessOptions.Section}:Jwt:SigningKey must be base64.");
        }

        return key.Length >= 32 ? key : throw new InvalidOperationException($"{AccessOptions.Section}:Jwt:SigningKey must hold at least 32 bytes (256 bits) for HS256.");
    }

    // Fixed words: the handler's exception messages are not for clients.
    private static (string Error, string Message) Describe(Exception? failure) => failure switch
    {
        null => ("invalid_request", "Authentication required: send a bearer token or an API key."),
        SecurityTokenExpiredException => ("invalid_token", "The bearer token has expired."),
        SecurityTokenNotYetValidException => ("invalid_token", "The bearer token is not valid yet."),
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => ("invalid_token", "The bearer token's signature is not valid."),
        SecurityTokenInvalidIssuerException => ("invalid_token", "The bearer token's issuer is not accepted."),
        SecurityTokenInvalidAudienceException => ("invalid_token", "The bearer token's audience is not accepted."),
        SecurityTokenMalformedException or ArgumentException => ("invalid_token", "The bearer token is malformed."),
        _ => ("invalid_token", "The bearer token is not valid."),
    };
}
