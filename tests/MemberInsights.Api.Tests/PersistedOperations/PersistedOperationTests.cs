using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MemberInsights.Api.Contracts;
using MemberInsights.Api.Tests.Support;

namespace MemberInsights.Api.Tests.PersistedOperations;

/// <summary>
/// Every persisted operation in schema/operations, called by id the way a BI tool calls it. The API is this
/// class's own (tiny data, no other test's writes), so snapshots do not depend on which tests ran before.
/// </summary>
public sealed class PersistedOperationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string[] SurfaceOperations =
        ["CohortDailyExport", "RetentionMatrix", "GrowthOverview", "ExperimentReadout", "HealthSummary", "MetricDictionary"];

    /// <summary>Values that change from run to run: run ids, clock times, durations, sizes on disk and the API's own counters.</summary>
    private static readonly string[] VolatileFields =
        ["runId", "startedAt", "finishedAt", "updatedAt", "askedAt", "durationMs", "latencyMs", "lagDays", "bytes", "requests", "requestsWithErrors", "p50Ms", "p95Ms", "p99Ms"];

    public static IReadOnlyList<(string Id, string Name)> Manifest()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "schema", "operations", "manifest.json")));
        return manifest.RootElement.GetProperty("operations").EnumerateObject()
            .Select(o => (o.Name, o.Value.GetProperty("name").GetString()!))
            .ToList();
    }

    [Fact]
    public void Every_surface_has_a_persisted_operation()
    {
        var names = Manifest().Select(o => o.Name).ToHashSet();

        Assert.All(SurfaceOperations, name => Assert.Contains(name, names));
    }

    [Fact]
    public async Task Every_persisted_operation_answers_by_GET_id_without_variables_and_matches_its_snapshot()
    {
        using var client = api.ClientFor(AccessRoles.Bi);
        foreach (var (id, name) in Manifest())
        {
            using var response = await client.GetAsync("/graphql?id=" + id);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

            Assert.True(response.StatusCode == HttpStatusCode.OK && body["errors"] is null, $"{name}: {(int)response.StatusCode} {body.ToJsonString()}");
            ResponseSnapshot.Match("operation-" + name, body, VolatileFields);
        }
    }

    [Fact]
    public async Task A_persisted_operation_runs_by_POST_id_with_variables()
    {
        var (id, _) = Manifest().First(o => o.Name == "MetricDictionary");
        using var client = api.ClientFor(AccessRoles.Bi);

        using var response = await client.PostAsync("/graphql", JsonContent("""{"id":"ID","variables":{}}""".Replace("ID", id, StringComparison.Ordinal)));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body["errors"]);
        Assert.NotNull(body["data"]);
    }

    [Fact]
    public async Task An_unknown_id_is_a_clear_error()
    {
        using var client = api.ClientFor(AccessRoles.Bi);

        using var response = await client.GetAsync("/graphql?id=" + new string('0', 64));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.StartsWith("No persisted operation", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(body["data"]);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
