using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MemberInsights.GraphQL.AspNetCore.Tests.Hosting;
using MemberInsights.GraphQL.AspNetCore.Tests.PersistedOperations;
using MemberInsights.GraphQL.Types;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberInsights.GraphQL.AspNetCore.Tests.Authorization;

/// <summary>
/// The endpoint's capabilities (ad-hoc documents, introspection and the SDL, the explorer) under ASP.NET Core
/// authentication and authorization: a test scheme reads the caller's roles from a header, and the policy of a role
/// says which roles include it (analyst includes frontend).
/// </summary>
public sealed class AccessTests : IAsyncLifetime
{
    private readonly OperationsDirectory _operations = new();
    private WebApplication? _app;
    private HttpClient? _client;

    private HttpClient Client => _client!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication(RolesHeaderScheme.Name).AddScheme<AuthenticationSchemeOptions, RolesHeaderScheme>(RolesHeaderScheme.Name, null);
        builder.Services.AddAuthorization(options =>
        {
            options.AddPolicy("frontend", policy => policy.RequireRole("frontend", "analyst"));
            options.AddPolicy("analyst", policy => policy.RequireRole("analyst"));
        });
        builder.Services.AddGraphQLServer(new TestSchema().CreateExecutor(), options =>
        {
            options.PersistedOperationsDirectory = _operations.Path;
            options.Access.AdHocDocuments = AuthorizationRequirement.ForRoles("frontend");
            options.Access.Introspection = AuthorizationRequirement.ForRoles("analyst");
            options.Access.Explorer = AuthorizationRequirement.ForRoles("analyst");
        });
        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapGraphQL();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _operations.Dispose();
    }

    [Theory]
    [InlineData("frontend", HttpStatusCode.OK)]
    [InlineData("analyst", HttpStatusCode.OK)]
    [InlineData("bi", HttpStatusCode.Forbidden)]
    public async Task Ad_hoc_documents_need_the_requirement_and_the_role_policy_says_who_has_it(string role, HttpStatusCode expected)
    {
        using var response = await PostAsync(role, new { query = "{ hello }" });

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            var error = (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!["errors"]![0]!;
            Assert.Equal("FORBIDDEN", error["extensions"]!["code"]!.GetValue<string>());
            Assert.Contains("persisted operations only", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_caller_without_ad_hoc_rights_runs_persisted_operations_by_id_or_by_their_exact_text()
    {
        using var byId = await PostAsync("bi", new { id = OperationsDirectory.HelloId });
        using var byText = await PostAsync("bi", new { query = OperationsDirectory.HelloDocument });

        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await byId.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, byText.StatusCode);
    }

    [Fact]
    public async Task A_caller_without_ad_hoc_rights_cannot_register_an_automatic_persisted_query_nor_use_one_another_registered()
    {
        const string query = "{ double(value: 21) }";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } };

        using var registering = await PostAsync("bi", new { query, extensions });
        using var registered = await PostAsync("frontend", new { query, extensions });
        using var reusing = await PostAsync("bi", new { extensions });

        Assert.Equal(HttpStatusCode.Forbidden, registering.StatusCode);
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reusing.StatusCode);
        Assert.Contains("PERSISTED_QUERY_NOT_FOUND", await reusing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyst", HttpStatusCode.OK)]
    [InlineData("frontend", HttpStatusCode.Forbidden)]
    public async Task Introspection_needs_the_introspection_requirement(string role, HttpStatusCode expected)
    {
        using var response = await PostAsync(role, new { query = "{ __schema { queryType { name } } }" });

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal("""{"errors":[{"message":"Introspection is not allowed for this caller.","locations":[{"line":1,"column":1}],"extensions":{"code":"FORBIDDEN"}}]}""",
                await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("/graphql/schema.graphql")]
    [InlineData("/graphql?sdl")]
    public async Task The_SDL_is_served_to_callers_that_may_introspect_with_an_ETag_and_refused_to_others(string path)
    {
        using var analyst = await GetAsync("analyst", path);
        using var frontend = await GetAsync("frontend", path);
        using var anonymous = await GetAsync(null, path);
        using var again = await GetAsync("analyst", path, analyst.Headers.ETag);

        Assert.Equal(HttpStatusCode.OK, analyst.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", analyst.Content.Headers.ContentType!.ToString());
        Assert.Equal(MemberInsights.GraphQL.Utilities.SchemaPrinter.Print(new TestSchema().Build()) + "\n", await analyst.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, frontend.StatusCode);
        Assert.Contains("FORBIDDEN", await frontend.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory]
    [InlineData("analyst", HttpStatusCode.OK)]
    [InlineData("frontend", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task The_explorer_page_and_its_files_need_the_explorer_requirement(string? role, HttpStatusCode expected)
    {
        using var page = await GetAsync(role, "/graphql", accept: "text/html");
        using var config = await GetAsync(role, "/graphql/bcp-config.json", accept: "application/json");

        Assert.Equal(expected, page.StatusCode);
        Assert.Equal(expected, config.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task An_unauthenticated_caller_meets_no_requirement()
    {
        using var response = await PostAsync(null, new { query = "{ hello }" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string? role, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        Authenticate(request, role);
        return Client.SendAsync(request);
    }

    private Task<HttpResponseMessage> GetAsync(string? role, string path, EntityTagHeaderValue? ifNoneMatch = null, string accept = "*/*")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        Authenticate(request, role);
        return Client.SendAsync(request);
    }

    private static void Authenticate(HttpRequestMessage request, string? role)
    {
        if (role is not null)
        {
            request.Headers.Add(RolesHeaderScheme.Header, role);
        }
    }

    /// <summary>Authenticates a caller with the roles in a header (a stand-in for API keys and tokens, which the API tests cover).</summary>
    private sealed class RolesHeaderScheme(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string Name = "roles-header";
        public const string Header = "X-Test-Roles";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(Header, out var roles))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity(roles.ToString().Split(',').Select(role => new Claim(ClaimTypes.Role, role)), Name);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Name)));
        }
    }
}
