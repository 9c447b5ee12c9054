using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MemberInsights.Api.Contracts;
using MemberInsights.Api.Tests.PersistedOperations;
using MemberInsights.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberInsights.Api.Tests.Access;

/// <summary>
/// Every kind of caller against every capability, in the environment with Production's rules ("Testing"): the
/// outcome is "ok" (200 without errors), "field refused" (200, the data fields null with FORBIDDEN), or the HTTP status.
/// </summary>
public sealed class AccessMatrixTests(AccessMatrixTests.MatrixApi api) : IClassFixture<AccessMatrixTests.MatrixApi>
{
    private const string Ok = "ok";
    private const string FieldRefused = "field refused";
    private const string Unauthorized = "401";
    private const string Forbidden = "403";

    public static TheoryData<string, string, string> Matrix => new()
    {
        // caller, capability, outcome
        { "anonymous", "ad hoc query", Unauthorized },
        { "anonymous", "persisted query", Unauthorized },
        { "anonymous", "introspection", Unauthorized },
        { "anonymous", "SDL", Unauthorized },
        { "anonymous", "explorer", Unauthorized },
        { "anonymous", "assistant", Unauthorized },
        { "anonymous", "admin check", Unauthorized },
        { "anonymous", "admin load", Unauthorized },
        { "anonymous", "admin ingest", Unauthorized },

        { AccessRoles.Frontend, "ad hoc query", Ok },
        { AccessRoles.Frontend, "persisted query", Ok },
        { AccessRoles.Frontend, "introspection", Forbidden },
        { AccessRoles.Frontend, "SDL", Forbidden },
        { AccessRoles.Frontend, "explorer", Forbidden },
        { AccessRoles.Frontend, "assistant", Ok },
        { AccessRoles.Frontend, "admin check", Forbidden },
        { AccessRoles.Frontend, "admin load", Forbidden },
        { AccessRoles.Frontend, "admin ingest", Forbidden },

        { AccessRoles.Analyst, "ad hoc query", Ok },
        { AccessRoles.Analyst, "persisted query", Ok },
        { AccessRoles.Analyst, "introspection", Ok },
        { AccessRoles.Analyst, "SDL", Ok },
        { AccessRoles.Analyst, "explorer", Ok },
        { AccessRoles.Analyst, "assistant", Ok },
        { AccessRoles.Analyst, "admin check", Forbidden },
        { AccessRoles.Analyst, "admin load", Forbidden },
        { AccessRoles.Analyst, "admin ingest", Forbidden },

        { AccessRoles.Bi, "ad hoc query", Forbidden },
        { AccessRoles.Bi, "persisted query", Ok },
        { AccessRoles.Bi, "introspection", Forbidden },
        { AccessRoles.Bi, "SDL", Forbidden },
        { AccessRoles.Bi, "explorer", Forbidden },
        { AccessRoles.Bi, "assistant", Forbidden },
        { AccessRoles.Bi, "admin check", Forbidden },
        { AccessRoles.Bi, "admin load", Forbidden },
        { AccessRoles.Bi, "admin ingest", Forbidden },

        { AccessRoles.Admin, "ad hoc query", FieldRefused },
        { AccessRoles.Admin, "persisted query", FieldRefused },
        { AccessRoles.Admin, "introspection", Forbidden },
        { AccessRoles.Admin, "SDL", Forbidden },
        { AccessRoles.Admin, "explorer", Forbidden },
        { AccessRoles.Admin, "assistant", FieldRefused },
        { AccessRoles.Admin, "admin check", Ok },
        { AccessRoles.Admin, "admin load", Ok },
        { AccessRoles.Admin, "admin ingest", Ok },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_caller_gets_the_outcome_its_role_allows(string caller, string capability, string expected)
    {
        using var client = api.ClientFor(caller == "anonymous" ? null : caller);
        using var response = await SendAsync(client, capability);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(expected == await OutcomeAsync(response, body), $"{caller} × {capability}: expected {expected}, got {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        if (expected is Unauthorized)
        {
            Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
            Assert.Equal("UNAUTHENTICATED", JsonNode.Parse(body)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }

        if (expected is Forbidden && capability != "explorer")
        {
            Assert.Equal("FORBIDDEN", JsonNode.Parse(body)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Admin_reads_the_platform_health_an_admin_action_and_denied_requests_left_in_the_access_audit()
    {
        using (var frontend = api.ClientFor(AccessRoles.Frontend))
        {
            using var denied = await frontend.PostAsync("/admin/check", null);
        }

        using (var admin = api.ClientFor(AccessRoles.Admin))
        {
            using var check = await admin.PostAsync("/admin/check", null);
        }

        await api.Services.GetRequiredService<MemberInsights.Api.Access.AccessAudit>().FlushAsync();
        var data = await api.AsAsync(AccessRoles.Admin, """
            { platformHealth { accessAudit(first: 500) { totalCount edges { node { caller roles request statusCode outcome operationName } } } } }
            """);
        var entries = data["platformHealth"]!["accessAudit"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();

        Assert.Contains(entries, e => e["caller"]!.GetValue<string>() == "key:test-frontend" && e["request"]!.GetValue<string>() == "POST /admin/check"
            && e["statusCode"]!.GetValue<int>() == 403 && e["outcome"]!.GetValue<string>() == "FORBIDDEN");
        Assert.Contains(entries, e => e["caller"]!.GetValue<string>() == "key:test-admin" && e["outcome"]!.GetValue<string>() == "ADMIN_ACTION"
            && e["roles"]!.AsArray().Single()!.GetValue<string>() == "admin");
        var forbidden = (await api.AsAsync(AccessRoles.Admin, "{ platformHealth { accessAudit(outcome: FORBIDDEN) { totalCount } } }"))
            ["platformHealth"]!["accessAudit"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(entries.Count(e => e["outcome"]!.GetValue<string>() == "FORBIDDEN"), forbidden);
    }

    [Fact]
    public async Task The_access_audit_is_refused_to_every_role_but_admin()
    {
        var response = await api.PostAsync("{ platformHealth { engine { kind } accessAudit { totalCount } } }", role: AccessRoles.Analyst);

        Assert.NotNull(response["data"]!["platformHealth"]!["engine"]);
        Assert.Null(response["data"]!["platformHealth"]!["accessAudit"]);
        Assert.Equal("FORBIDDEN", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string capability)
    {
        var request = capability switch
        {
            "ad hoc query" => Post("""{ growth { newMembers(range: { from: "2026-10-01", to: "2026-10-31" }, grain: MONTH) { value } } }"""),
            "persisted query" => new HttpRequestMessage(HttpMethod.Get, "/graphql?id=" + PersistedOperationTests.Manifest().First(o => o.Name == "RetentionMatrix").Id),
            "introspection" => Post("{ __schema { queryType { name } } }"),
            "SDL" => new HttpRequestMessage(HttpMethod.Get, "/graphql/schema.graphql"),
            "explorer" => new HttpRequestMessage(HttpMethod.Get, "/graphql") { Headers = { { "Accept", "text/html" } } },
            "assistant" => Post("""mutation { ask(input: { question: "What was DAU last week?" }) { status } }"""),
            "admin check" => new HttpRequestMessage(HttpMethod.Post, "/admin/check"),
            "admin load" => new HttpRequestMessage(HttpMethod.Post, "/admin/load") { Content = JsonContent.Create(new { preset = "tiny" }) },
            "admin ingest" => new HttpRequestMessage(HttpMethod.Post, "/admin/ingest?file=export.ndjson") { Content = new StringContent("not json\n", Encoding.UTF8, "application/x-ndjson") },
            _ => throw new ArgumentOutOfRangeException(nameof(capability)),
        };
        return client.SendAsync(request);

        static HttpRequestMessage Post(string query) => new(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
    }

    private static Task<string> OutcomeAsync(HttpResponseMessage response, string body)
    {
        if ((int)response.StatusCode != 200)
        {
            return Task.FromResult(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (response.Content.Headers.ContentType?.MediaType is not ("application/json" or "application/graphql-response+json"))
        {
            return Task.FromResult(Ok);
        }

        var errors = JsonNode.Parse(body)!["errors"]?.AsArray();
        return Task.FromResult(errors is null ? Ok
            : errors.All(e => e!["extensions"]?["code"]?.GetValue<string>() == "FORBIDDEN") ? FieldRefused
            : "errors: " + errors.ToJsonString());
    }

    /// <summary>The tiny API of the matrix (the admin rows load and ingest into it).</summary>
    public sealed class MatrixApi : ApiFactory;
}
