using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MemberInsights.Api.Access;
using MemberInsights.Api.Contracts;
using MemberInsights.Api.Hosting;
using MemberInsights.Api.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace MemberInsights.Api.Tests.Limits;

/// <summary>Cost that reflects the work: series priced by their days and points, refused before execution, reported on request; limits from configuration.</summary>
[Collection(KestrelApiCollection.Name)]
public sealed class CostLimitTests(KestrelApi api)
{
    private const string TwoYears = """{ from: "2024-11-01", to: "2026-10-31" }""";

    [Fact]
    public async Task Sixty_aliased_two_year_daily_series_are_refused_before_execution_with_their_estimated_cost()
    {
        var fields = string.Concat(Enumerable.Range(0, 60).Select(i => $"s{i}: series(metric: RECOVERY_SCORE, range: {TwoYears}, grain: DAY) {{ points {{ value }} }} "));

        var (status, body) = await PostAsync("query Heavy { performance { " + fields + "} }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("MAX_COST_EXCEEDED", error["extensions"]!["code"]!.GetValue<string>());
        // performance 1 + 60 × (series 10 + 3 × 730 days + 3 × 730 points, and its points list 1)
        Assert.Equal("Operation \"Heavy\" has an estimated cost of 263461, which exceeds the maximum cost of 50000.", error["message"]!.GetValue<string>());
        Assert.Null(body["data"]);
        Assert.Equal(263461, body["extensions"]!["cost"]!["estimated"]!.GetValue<long>());
    }

    [Fact]
    public async Task An_analyst_gets_the_cost_of_a_document_without_running_it()
    {
        var (status, body) = await PostAsync(
            $$"""{ performance { series(metric: STRAIN, range: {{TwoYears}}, grain: WEEK) { points { value } } } }""", cost: "validate");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(body["data"]);
        Assert.Null(body["errors"]);
        // performance 1 + series 10 + 3 × 730 days + 3 × 106 weeks + its points list 1
        Assert.Equal("""{"estimated":2520,"maximum":50000}""", body["extensions"]!["cost"]!.ToJsonString());
    }

    [Fact]
    public async Task Every_persisted_operation_and_readme_example_fits_the_default_cost_with_its_default_variables()
    {
        var documents = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "schema", "operations"), "*.graphql")
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "build", "readme-examples"), "*.graphql"))
            .ToList();
        Assert.True(documents.Count >= 12);

        foreach (var document in documents)
        {
            var (status, body) = await PostAsync(await File.ReadAllTextAsync(document), cost: "validate");

            Assert.True(status == HttpStatusCode.OK && body["errors"] is null, $"{Path.GetFileName(document)}: {body.ToJsonString()}");
            Assert.InRange(body["extensions"]!["cost"]!["estimated"]!.GetValue<long>(), 1, 50_000);
        }
    }

    [Fact]
    public void Every_limit_comes_from_the_GraphQL_section_over_the_defaults()
    {
        var defaults = InsightsSchema.Limits(new ConfigurationBuilder().Build());
        var configured = InsightsSchema.Limits(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphQL:MaxDepth"] = "20",
            ["GraphQL:MaxFields"] = "5000",
            ["GraphQL:MaxCost"] = "250000",
            ["GraphQL:ExecutionTimeout"] = "00:00:05",
            ["GraphQL:MaxIntrospectionTypeDepth"] = "12",
        }).Build());

        Assert.Equal((12, 2_000, 50_000L, TimeSpan.FromSeconds(30), 16), (defaults.MaxDepth, defaults.MaxFields, defaults.MaxCost, defaults.ExecutionTimeout, defaults.MaxIntrospectionTypeDepth));
        Assert.Equal((20, 5_000, 250_000L, TimeSpan.FromSeconds(5), 12), (configured.MaxDepth, configured.MaxFields, configured.MaxCost, configured.ExecutionTimeout, configured.MaxIntrospectionTypeDepth));
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(string query, string? cost = null)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, api.Endpoint)
        {
            Content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Add(ApiKeyHandler.Header, api.Keys[AccessRoles.Analyst]);
        if (cost is not null)
        {
            request.Headers.Add("GraphQL-Cost", cost);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
