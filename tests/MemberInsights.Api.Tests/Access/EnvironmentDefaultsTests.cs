using System.Net;
using System.Net.Http.Json;
using MemberInsights.Api.Contracts;
using MemberInsights.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MemberInsights.Api.Tests.Access;

/// <summary>
/// The defaults that keep one command working: in Development (what build/run.sh runs) a caller on this machine
/// without credentials is an analyst and pages on http://localhost:* may call; in Production (the ASP.NET Core default)
/// an anonymous caller gets 401 and only configured origins get CORS headers.
/// </summary>
public sealed class EnvironmentDefaultsTests
{
    private const string Introspection = "{ __schema { queryType { name } } }";

    [Fact]
    public async Task In_Development_a_loopback_caller_without_credentials_is_an_analyst_unless_a_proxy_forwarded_it()
    {
        using var api = new KestrelApi("Development");
        using var client = new HttpClient { BaseAddress = api.BaseAddress };

        using var introspection = await client.PostAsJsonAsync("/graphql", new { query = Introspection });
        using var explorer = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql") { Headers = { { "Accept", "text/html" } } });
        using var sdl = await client.GetAsync("/graphql/schema.graphql");
        using var forwarded = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = Introspection }),
            Headers = { { "X-Forwarded-For", "203.0.113.7" } },
        });
        using var admin = await client.PostAsync("/admin/check", null);

        Assert.Equal(HttpStatusCode.OK, introspection.StatusCode);
        Assert.Equal(HttpStatusCode.OK, explorer.StatusCode);
        Assert.Contains("directive @authorize", await sdl.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, forwarded.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
    }

    [Theory]
    [InlineData("Development", "http://localhost:5173", true)]
    [InlineData("Development", "http://127.0.0.1:3000", true)]
    [InlineData("Development", "https://app.example.com", false)]
    [InlineData("Production", "http://localhost:5173", false)]
    public async Task Development_allows_loopback_origins_and_Production_only_configured_ones(string environment, string origin, bool allowed)
    {
        using var api = new KestrelApi(environment);
        using var client = new HttpClient { BaseAddress = api.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql")
        {
            Headers = { { "Origin", origin }, { "Access-Control-Request-Method", "POST" }, { "Access-Control-Request-Headers", "content-type" } },
        };

        using var response = await client.SendAsync(request);

        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allowed, response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task In_Production_an_anonymous_caller_gets_401_and_introspection_needs_the_analyst_role()
    {
        using var api = new KestrelApi("Production");
        using var anonymous = new HttpClient { BaseAddress = api.BaseAddress };
        using var frontend = new HttpClient { BaseAddress = api.BaseAddress };
        frontend.DefaultRequestHeaders.Add("X-Api-Key", api.Keys[AccessRoles.Frontend]);

        using var refused = await anonymous.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
        using var explorer = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql") { Headers = { { "Accept", "text/html" } } });
        using var introspection = await frontend.PostAsJsonAsync("/graphql", new { query = Introspection });
        using var typename = await frontend.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, explorer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, introspection.StatusCode);
        Assert.Equal(HttpStatusCode.OK, typename.StatusCode);
    }

    [Fact]
    public async Task Frontend_introspection_is_a_setting()
    {
        using var api = new KestrelApi("Production", ("Access:FrontendIntrospection", "true"));
        using var frontend = new HttpClient { BaseAddress = api.BaseAddress };
        frontend.DefaultRequestHeaders.Add("X-Api-Key", api.Keys[AccessRoles.Frontend]);

        using var introspection = await frontend.PostAsJsonAsync("/graphql", new { query = Introspection });
        using var sdl = await frontend.GetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.OK, introspection.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sdl.StatusCode);
    }

    /// <summary>The API on Kestrel at 127.0.0.1 (the loopback rule needs a real remote address) over an empty warehouse.</summary>
    private sealed class KestrelApi : ApiFactory
    {
        public KestrelApi(string environment, params (string Key, string Value)[] settings)
        {
            EnvironmentName = environment;
            Settings["Insights:LoadIfEmpty"] = "false";
            foreach (var (key, value) in settings)
            {
                Settings[key] = value;
            }

            UseKestrel(0);
            StartServer();
        }

        public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }
}
