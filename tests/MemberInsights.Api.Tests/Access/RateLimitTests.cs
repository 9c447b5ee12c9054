using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberInsights.Api.Access;
using MemberInsights.Api.Contracts;
using MemberInsights.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MemberInsights.Api.Tests.Access;

/// <summary>
/// Requests per minute per key (and per IP address without a valid key), and estimated cost per minute per key: 429
/// with Retry-After and a GraphQL error, and recovery when the window ends, on a clock the tests move.
/// </summary>
public sealed class RateLimitTests
{
    private const string Query = """{ growth { newMembers(range: { from: "2026-10-01", to: "2026-10-31" }, grain: MONTH) { value } } }""";

    [Fact]
    public async Task A_key_over_its_requests_per_minute_gets_429_until_the_window_ends_and_other_keys_are_not_affected()
    {
        using var api = new LimitedApi(requestsPerMinute: 3, costPerMinute: 1_000_000);
        using var frontend = api.ClientFor(AccessRoles.Frontend);
        using var analyst = api.ClientFor(AccessRoles.Analyst);

        var first = await StatusesAsync(frontend, 3);
        api.Clock.Advance(TimeSpan.FromSeconds(20));
        using var refused = await frontend.PostAsJsonAsync("/graphql", new { query = Query });
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        using var other = await analyst.PostAsJsonAsync("/graphql", new { query = Query });
        api.Clock.Advance(TimeSpan.FromSeconds(40));
        using var recovered = await frontend.PostAsJsonAsync("/graphql", new { query = Query });

        Assert.All(first, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("40", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal("RATE_LIMITED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("requests", body["errors"]![0]!["extensions"]!["budget"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task Requests_without_a_valid_key_count_against_their_address_and_are_audited_as_rate_limited()
    {
        using var api = new LimitedApi(requestsPerMinute: 100, costPerMinute: 1_000_000, anonymousPerMinute: 2);
        using var anonymous = api.ClientFor(null);
        using var guessing = api.CreateClient();
        guessing.DefaultRequestHeaders.Add(ApiKeyHandler.Header, "mi_test-admin_" + new string('A', 43));

        var answered = new[] { (await anonymous.PostAsync("/admin/check", null)).StatusCode, (await guessing.PostAsync("/admin/check", null)).StatusCode };
        using var limited = await guessing.PostAsync("/admin/check", null);
        await api.Services.GetRequiredService<AccessAudit>().FlushAsync();
        var outcomes = await api.ClickHouse.QueryListAsync("SELECT outcome, caller FROM access_audit_log ORDER BY at", row => (row.GetString(0), row.GetString(1)));

        Assert.All(answered, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal([("unauthenticated", "anonymous"), ("unauthenticated", "anonymous"), ("rate_limited", "anonymous")], outcomes);
    }

    [Fact]
    public async Task A_key_over_its_estimated_cost_per_minute_gets_429_before_the_operation_runs_and_recovers_with_the_window()
    {
        using var probe = new LimitedApi(requestsPerMinute: 1_000, costPerMinute: 1_000_000);
        using var probing = probe.ClientFor(AccessRoles.Analyst);
        using var estimate = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query }), Headers = { { "GraphQL-Cost", "validate" } } };
        var cost = JsonNode.Parse(await (await probing.SendAsync(estimate)).Content.ReadAsStringAsync())!["extensions"]!["cost"]!["estimated"]!.GetValue<long>();

        // A budget of two and a half operations: two run, the third is refused by its estimate.
        using var api = new LimitedApi(requestsPerMinute: 1_000, costPerMinute: cost * 5 / 2);
        using var client = api.ClientFor(AccessRoles.Analyst);
        var fits = await StatusesAsync(client, 2);
        using var refused = await client.PostAsJsonAsync("/graphql", new { query = Query });
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        using var recovered = await client.PostAsJsonAsync("/graphql", new { query = Query });

        Assert.True(cost > 0);
        Assert.All(fits, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Headers.GetValues("Retry-After").Single());
        Assert.Null(body["data"]);
        Assert.Equal("cost", body["errors"]![0]!["extensions"]!["budget"]!.GetValue<string>());
        Assert.Equal(cost, body["errors"]![0]!["extensions"]!["cost"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(HttpClient client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var response = await client.PostAsJsonAsync("/graphql", new { query = Query });
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    /// <summary>An API over an empty warehouse with small budgets on a manual clock.</summary>
    private sealed class LimitedApi : ApiFactory
    {
        public LimitedApi(int requestsPerMinute, long costPerMinute, int anonymousPerMinute = 100)
        {
            Settings["Insights:LoadIfEmpty"] = "false";
            Settings["Access:RateLimits:RequestsPerMinute"] = requestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Settings["Access:RateLimits:AnonymousRequestsPerMinute"] = anonymousPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Settings["Access:RateLimits:CostPerMinute"] = costPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddKeyedSingleton<TimeProvider>(CallerRateLimits.ClockKey, Clock));
        }
    }
}
