using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using MemberInsights.Api.Access;
using MemberInsights.Api.Contracts;
using MemberInsights.Api.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MemberInsights.Api.Tests.Access;

/// <summary>JWT bearer tokens: issuer, audience and HS256 key from configuration, a role claim, an optional scope claim.</summary>
public sealed class BearerTokenTests(BearerTokenTests.TokenApi api) : IClassFixture<BearerTokenTests.TokenApi>
{
    private const string Query = """{ growth { newMembers(range: { from: "2024-09-01", to: "2026-10-31" }, grain: MONTH) { value } } }""";

    [Fact]
    public async Task A_valid_token_authenticates_its_subject_with_its_roles()
    {
        var token = api.Token(roles: [AccessRoles.Frontend]);

        var (status, body) = await SendAsync(token, Query);
        var (introspection, refused) = await SendAsync(token, "{ __schema { queryType { name } } }");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(body["errors"]);
        Assert.Equal(HttpStatusCode.Forbidden, introspection);
        Assert.Equal("FORBIDDEN", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_s_scope_claim_restricts_its_rows()
    {
        var scoped = api.Token(roles: [AccessRoles.Analyst], scope: """{"planTypes":["STUDENT"]}""");
        var students = await api.ClickHouse.ScalarAsync<ulong>("SELECT count() FROM dim_members FINAL WHERE plan_type = 'student' AND joined_date >= '2024-09-01'");
        var everyone = await api.ClickHouse.ScalarAsync<ulong>("SELECT count() FROM dim_members FINAL WHERE joined_date >= '2024-09-01'");

        var (_, body) = await SendAsync(scoped, Query);

        var total = body["data"]!["growth"]!["newMembers"]!.AsArray().Sum(p => p!["value"]!.GetValue<long>());
        Assert.Equal((long)students, total);
        Assert.True(everyone > students);
    }

    public static TheoryData<string, string> BadTokens => new()
    {
        { "expired", "The bearer token has expired." },
        { "wrong key", "The bearer token's signature is not valid." },
        { "wrong issuer", "The bearer token's issuer is not accepted." },
        { "wrong audience", "The bearer token's audience is not accepted." },
        { "malformed", "The bearer token is malformed." },
        { "bad scope", "The bearer token is not valid." },
        { "no subject", "The bearer token is not valid." },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_missing_malformed_expired_or_wrongly_signed_token_is_401_with_a_GraphQL_error_and_a_challenge(string kind, string message)
    {
        var token = kind switch
        {
            "expired" => api.Token(roles: [AccessRoles.Analyst], expires: DateTime.UtcNow.AddMinutes(-5)),
            "wrong key" => api.Token(roles: [AccessRoles.Analyst], key: new byte[32]),
            "wrong issuer" => api.Token(roles: [AccessRoles.Analyst], issuer: "someone-else"),
            "wrong audience" => api.Token(roles: [AccessRoles.Analyst], audience: "another-api"),
            "malformed" => "not.a.token",
            "bad scope" => api.Token(roles: [AccessRoles.Analyst], scope: """{"planTypes":["PLATINUM"]}"""),
            _ => api.Token(roles: [AccessRoles.Analyst], subject: null),
        };

        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer realm=\"member-insights\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("UNAUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(message, body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Keys_and_tokens_never_reach_the_log_while_each_request_has_one_line_naming_its_caller()
    {
        var token = api.Token(roles: [AccessRoles.Analyst]);
        var expired = api.Token(roles: [AccessRoles.Analyst], expires: DateTime.UtcNow.AddMinutes(-5));
        var key = api.Keys[AccessRoles.Frontend];
        var wrongKey = key[..^4] + "AAAA";
        var refusedBefore = RefusedLines();
        await SendAsync(token, "query Growth " + Query);
        await SendAsync(expired, Query);
        using (var client = api.ClientFor(AccessRoles.Frontend))
        {
            using var adHoc = await client.PostAsJsonAsync("/graphql", new { query = "query Frontend " + Query });
        }

        using (var client = api.CreateClient())
        {
            client.DefaultRequestHeaders.Add(ApiKeyHandler.Header, wrongKey);
            using var refused = await client.PostAsJsonAsync("/graphql", new { query = Query });
        }

        var text = api.Logs.AllText();
        foreach (var secret in new[] { token, expired, key, wrongKey, key.Split('_')[2], token.Split('.')[2] })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        var lines = api.Logs.Events.Where(e => e.MessageTemplate.Text == RequestAudit.MessageTemplate).ToList();
        Assert.True(
            lines.Any(e => Property(e, "Caller") == "token:ana" && Property(e, "OperationName") == "Growth" && Property(e, "Roles") == "analyst"
                && Property(e, "DocumentId").Length == 64 && long.TryParse(Property(e, "Cost"), out var cost) && cost > 0 && Property(e, "Outcome") == "ok"),
            string.Join('\n', lines.Select(e => e.RenderMessage())));
        Assert.Contains(lines, e => Property(e, "Caller") == "key:test-frontend" && Property(e, "OperationName") == "Frontend");
        Assert.Equal(refusedBefore + 2, RefusedLines());
    }

    // The tests of this class share one API and run one at a time.
    private int RefusedLines() => api.Logs.Events.Count(e => e.MessageTemplate.Text == RequestAudit.MessageTemplate
        && Property(e, "Outcome") == "unauthenticated" && Property(e, "Caller") == "anonymous");

    private static string Property(Serilog.Events.LogEvent e, string name) =>
        e.Properties.TryGetValue(name, out var value) ? value.ToString().Trim('"') : "";

    private async Task<(HttpStatusCode Status, JsonObject Body)> SendAsync(string token, string query)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>The tiny API accepting tokens of one issuer and audience.</summary>
    public sealed class TokenApi : ApiFactory
    {
        private const string Issuer = "https://login.example.test";
        private const string Audience = "member-insights";
        private readonly byte[] _key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

        public TokenApi()
        {
            Settings["Access:Jwt:Issuer"] = Issuer;
            Settings["Access:Jwt:Audience"] = Audience;
            Settings["Access:Jwt:SigningKey"] = Convert.ToBase64String(_key);
        }

        /// <summary>A signed token (by default valid for ten minutes, subject "ana").</summary>
        public string Token(string[] roles, string? scope = null, DateTime? expires = null, byte[]? key = null, string issuer = Issuer, string audience = Audience, string? subject = "ana")
        {
            var claims = roles.Select(role => new Claim("role", role)).ToList();
            if (subject is not null)
            {
                claims.Add(new Claim("sub", subject));
            }

            if (scope is not null)
            {
                claims.Add(new Claim(ScopeReader.Claim, scope, JsonClaimValueTypes.Json));
            }

            var until = expires ?? DateTime.UtcNow.AddMinutes(10);
            return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = issuer,
                Audience = audience,
                Subject = new ClaimsIdentity(claims),
                NotBefore = until.AddMinutes(-20),
                IssuedAt = until.AddMinutes(-20),
                Expires = until,
                SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? _key), SecurityAlgorithms.HmacSha256),
            });
        }
    }
}
