using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MemberInsights.Api.Access;
using MemberInsights.Api.Contracts;
using MemberInsights.Api.Tests.Support;
using MemberInsights.ClickHouse;
using MemberInsights.Warehouse.Quality;

namespace MemberInsights.Api.Tests.Admin;

/// <summary>Pipeline runs on request through the running API, which owns the embedded data directory.</summary>
public sealed class AdminEndpointTests(AdminEndpointTests.AdminApi api) : IClassFixture<AdminEndpointTests.AdminApi>
{
    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("mi_test-admin_wrong", HttpStatusCode.Unauthorized)]
    [InlineData(AccessRoles.Analyst, HttpStatusCode.Forbidden)]
    [InlineData(AccessRoles.Bi, HttpStatusCode.Forbidden)]
    public async Task A_request_without_an_admin_key_is_refused(string? credential, HttpStatusCode expected)
    {
        using var client = api.CreateClient();
        if (credential is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyHandler.Header, api.Keys.GetValueOrDefault(credential, credential));
        }

        using var response = await client.PostAsync("/admin/check", null);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Unauthorized ? "UNAUTHENTICATED" : "FORBIDDEN", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_check_runs_every_quality_check_and_shows_as_a_closed_run_in_platform_health()
    {
        using var client = api.ClientFor(AccessRoles.Admin);

        using var response = await client.PostAsync("/admin/check", null);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var runId = body["runId"]!.GetValue<string>();
        var runs = (await api.QueryAsync("{ platformHealth { pipelineRuns(first: 500) { edges { node { runId kind status steps { name } } } } } }"))
            ["platformHealth"]!["pipelineRuns"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, body["failed"]!.GetValue<int>());
        Assert.Equal(WarehouseChecks.All.Select(c => c.Name), body["checks"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        var run = runs.Single(r => r["runId"]!.GetValue<string>() == runId);
        Assert.Equal("check", run["kind"]!.GetValue<string>());
        Assert.Equal("SUCCEEDED", run["status"]!.GetValue<string>());
        Assert.Equal(WarehouseChecks.All.Count, run["steps"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_load_adds_members_to_the_running_warehouse_and_the_api_serves_them()
    {
        using var client = api.ClientFor(AccessRoles.Admin);
        var before = await api.ClickHouse.ScalarAsync<ulong>("SELECT count() FROM dim_members FINAL");

        using var response = await client.PostAsJsonAsync("/admin/load", new { preset = "tiny", members = 320 });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var after = await api.ClickHouse.ScalarAsync<ulong>("SELECT count() FROM dim_members FINAL");
        var events = await api.ClickHouse.ScalarAsync<ulong>(
            "SELECT sumIf(rows_out, step = 'events') FROM pipeline_run_log WHERE run_id = {run:UUID}",
            new QueryParameters().Add("run", Guid.Parse(body["runId"]!.GetValue<string>())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(300UL, before);
        Assert.Equal(320UL, after);
        Assert.False(body["skipped"]!.GetValue<bool>());
        Assert.True(body["events"]!.GetValue<long>() > 0);
        Assert.Equal(0, body["failedChecks"]!.GetValue<int>());
        Assert.True(events >= (ulong)body["events"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("""{"preset":"huge"}""", "Unknown preset 'huge'; expected one of tiny, demo, large.")]
    [InlineData("""{"preset":"tiny","members":0}""", "Members must be between 1 and 5,000,000.")]
    [InlineData("""{"preset":"tiny","days":4000}""", "Days must be between 1 and 3,650.")]
    public async Task A_load_with_bad_options_is_a_bad_request_that_says_why(string json, string message)
    {
        using var client = api.ClientFor(AccessRoles.Admin);

        using var response = await client.PostAsync("/admin/load", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_load_with_another_seed_is_a_conflict()
    {
        using var client = api.ClientFor(AccessRoles.Admin);

        using var response = await client.PostAsJsonAsync("/admin/load", new { preset = "tiny", seed = 7 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("seed 42", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ingest_loads_the_good_lines_of_the_body_and_quarantines_the_bad_ones()
    {
        using var client = api.ClientFor(AccessRoles.Admin);
        var member = await api.ClickHouse.ScalarAsync<uint>("SELECT min(member_id) FROM dim_members FINAL");
        var eventId = Guid.NewGuid();
        var export = $$"""
            {"event_id":"{{eventId}}","member_id":{{member}},"event_time":"2026-10-20T07:11:00Z","event_type":"recovery","value":61}
            {"event_id":"{{Guid.NewGuid()}}","member_id":{{member}},"event_time":"2026-10-20T07:12:00Z","event_type":"recovery","value":640}
            this line is not JSON
            """;

        using var response = await client.PostAsync("/admin/ingest?file=wearable-export.ndjson", new StringContent(export, Encoding.UTF8, "application/x-ndjson"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("wearable-export.ndjson", body["file"]!.GetValue<string>());
        Assert.Equal(3, body["lines"]!.GetValue<long>());
        Assert.Equal(1, body["loaded"]!.GetValue<long>());
        Assert.Equal(2, body["quarantined"]!.GetValue<long>());
        Assert.Equal(1UL, await api.ClickHouse.ScalarAsync<ulong>(
            "SELECT count() FROM stg_member_events WHERE event_id = {id:UUID}", new QueryParameters().Add("id", eventId)));
    }

    [Theory]
    [InlineData("/admin/ingest", "Name the export with ?file=")]
    [InlineData("/admin/ingest?file=export.xlsx", ".xlsx")]
    public async Task An_ingest_without_a_supported_file_name_is_a_bad_request(string url, string message)
    {
        using var client = api.ClientFor(AccessRoles.Admin);

        using var response = await client.PostAsync(url, new StringContent("{}", Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The API over its own tiny warehouse (the admin runs change it).</summary>
    public sealed class AdminApi : ApiFactory;
}
