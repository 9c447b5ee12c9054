namespace MemberInsights.Api.Access;

/// <summary>Access control (configuration section <c>Access</c>): API keys, bearer tokens, introspection, CORS and rate limits.</summary>
public sealed class AccessOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Access";

    /// <summary>API keys by id (<c>Access:ApiKeys:&lt;id&gt;:Hash</c>, <c>:Roles</c>, <c>:Scope</c>); only their hashes are configured.</summary>
    public Dictionary<string, ApiKeyOptions> ApiKeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Bearer tokens (JWT); off unless <see cref="JwtOptions.SigningKey"/> is set.</summary>
    public JwtOptions Jwt { get; set; } = new();

    /// <summary>Whether <c>frontend</c> callers may introspect and read the SDL (analysts always may). Default false.</summary>
    public bool FrontendIntrospection { get; set; }

    /// <summary>Cross-origin requests from browsers.</summary>
    public CorsOptions Cors { get; set; } = new();

    /// <summary>Requests and estimated cost per minute, per caller.</summary>
    public RateLimitOptions RateLimits { get; set; } = new();
}

/// <summary>One API key: the SHA-256 of the key (never the key), its roles and optional scope.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>The lowercase hex SHA-256 of the whole key text (<c>mi_&lt;id&gt;_&lt;secret&gt;</c>), as <c>create-key</c> prints it; empty leaves the key out.</summary>
    public string Hash { get; set; } = "";

    /// <summary>The key's roles (<c>frontend</c>, <c>analyst</c>, <c>bi</c>, <c>admin</c>).</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>The rows the key may see; none: every row.</summary>
    public ScopeOptions? Scope { get; set; }
}

/// <summary>A scope as configured or carried in a token's <c>mi_scope</c> claim (JSON with these names in camel case).</summary>
public sealed class ScopeOptions
{
    /// <summary>Plan types (GraphQL names, e.g. <c>ANNUAL</c>).</summary>
    public List<string>? PlanTypes { get; set; }

    /// <summary>Goals (e.g. <c>SLEEP</c>).</summary>
    public List<string>? Goals { get; set; }

    /// <summary>Acquisition channels (e.g. <c>PAID_SOCIAL</c>).</summary>
    public List<string>? AcquisitionChannels { get; set; }

    /// <summary>Cohort months, as their first day (<c>2026-01-01</c>).</summary>
    public List<string>? CohortMonths { get; set; }

    /// <summary>Studio location ids.</summary>
    public List<int>? Locations { get; set; }
}

/// <summary>JWT bearer tokens signed with a shared HMAC key (HS256).</summary>
public sealed class JwtOptions
{
    /// <summary>The issuer tokens must name (<c>iss</c>).</summary>
    public string? Issuer { get; set; }

    /// <summary>The audience tokens must name (<c>aud</c>).</summary>
    public string? Audience { get; set; }

    /// <summary>The HMAC signing key, base64 (at least 32 bytes); unset turns bearer tokens off.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The claim that carries the caller's roles. Default <c>role</c>.</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>How far token lifetimes may be off the server's clock. Default 30 seconds.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Which browser origins may call the API.</summary>
public sealed class CorsOptions
{
    /// <summary>Allowed origins (<c>https://app.example.com</c>); <c>http://localhost:*</c> and <c>http://127.0.0.1:*</c> allow every port. In Development both loopback forms are added.</summary>
    public List<string> Origins { get; set; } = [];

    /// <summary>Whether browsers may send credentials (cookies, the Authorization header they hold). Default false.</summary>
    public bool AllowCredentials { get; set; }

    /// <summary>How long a browser may cache a preflight answer. Default 10 minutes.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>Fixed one-minute budgets per caller (key id or token subject; the IP address for anonymous callers).</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests per minute of an authenticated caller. Default 600.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Requests per minute from one IP address without credentials. Default 120.</summary>
    public int AnonymousRequestsPerMinute { get; set; } = 120;

    /// <summary>Estimated GraphQL cost per minute of one caller. Default 500,000 (ten operations at the 50,000 maximum).</summary>
    public long CostPerMinute { get; set; } = 500_000;

    /// <summary>The budget's window. Default one minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
