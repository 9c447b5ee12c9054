using System.Text.Json.Nodes;
using MemberInsights.Api.Tests.Support;

namespace MemberInsights.Api.Tests.Experiments;

[Collection(TinyApiCollection.Name)]
public sealed class ExperimentListTests(ApiFactory api)
{
    private const string Experiments = """
        query($first: Int! = 20, $after: String) {
          experiments(first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { node { name startDate lastAssignmentDate groups { variant members share } } }
          }
        }
        """;

    [Fact]
    public async Task Experiments_are_listed_most_recent_first_with_the_assigned_group_sizes()
    {
        var expected = await api.ClickHouse.QueryListAsync("""
            SELECT experiment_name, toString(min(assigned_date)), toString(max(assigned_date)),
                   countIf(variant = 'baseline'), countIf(variant = 'release_candidate')
            FROM dim_experiment_assignments FINAL
            GROUP BY experiment_name
            ORDER BY min(assigned_date) DESC, experiment_name
            """, row => (Name: row.GetString(0), Start: row.GetString(1), Last: row.GetString(2), Baseline: row.Get<ulong>(3), Candidate: row.Get<ulong>(4)));

        var connection = (await api.QueryAsync(Experiments))["experiments"]!;
        var nodes = connection["edges"]!.AsArray().Select(edge => edge!["node"]!).ToList();

        Assert.Equal(expected.Count, connection["totalCount"]!.GetValue<int>());
        Assert.Equal(expected.Select(e => e.Name), nodes.Select(n => n["name"]!.GetValue<string>()));
        foreach (var (e, node) in expected.Zip(nodes))
        {
            Assert.Equal(e.Start, node["startDate"]!.GetValue<string>());
            Assert.Equal(e.Last, node["lastAssignmentDate"]!.GetValue<string>());
            var groups = node["groups"]!.AsArray();
            Assert.Equal("BASELINE", groups[0]!["variant"]!.GetValue<string>());
            Assert.Equal((long)e.Baseline, groups[0]!["members"]!.GetValue<long>());
            Assert.Equal("RELEASE_CANDIDATE", groups[1]!["variant"]!.GetValue<string>());
            Assert.Equal((long)e.Candidate, groups[1]!["members"]!.GetValue<long>());
            Assert.Equal((double)e.Baseline / (e.Baseline + e.Candidate), groups[0]!["share"]!.GetValue<double>(), 12);
        }
    }

    [Fact]
    public async Task The_second_page_continues_after_the_first()
    {
        var all = Names((await api.QueryAsync(Experiments))["experiments"]!);
        var first = (await api.QueryAsync(Experiments, new { first = 1 }))["experiments"]!;
        var rest = (await api.QueryAsync(Experiments, new { first = 20, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() }))["experiments"]!;

        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(all, Names(first).Concat(Names(rest)));
    }

    [Theory]
    [InlineData("recovery_model_v5")]
    [InlineData("Recovery-Model-V5")]
    [InlineData("recovery model v5")]
    public async Task An_experiment_is_found_by_its_name_in_any_spelling(string name)
    {
        var data = await api.QueryAsync("query($name: String!) { experiment(name: $name) { name } }", new { name });

        Assert.Equal("recovery_model_v5", data["experiment"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_experiment_is_null()
    {
        var data = await api.QueryAsync("""{ experiment(name: "teleport_v1") { name } }""");

        Assert.Null(data["experiment"]);
    }

    [Fact]
    public async Task Readouts_of_every_listed_experiment_come_back_together()
    {
        var data = await api.QueryAsync("""
            { experiments { edges { node { name readout(metric: SLEEP_HOURS) { metric baseline { members } decision { recommendation } } } } } }
            """);

        Assert.All(data["experiments"]!["edges"]!.AsArray(), edge =>
        {
            Assert.Equal("SLEEP_HOURS", edge!["node"]!["readout"]!["metric"]!.GetValue<string>());
            Assert.True(edge["node"]!["readout"]!["baseline"]!["members"]!.GetValue<long>() >= 2);
        });
    }

    [Theory]
    [InlineData("""{ experiments(first: 0) { totalCount } }""", "first")]
    [InlineData("""{ experiments(first: 501) { totalCount } }""", "first")]
    [InlineData("""{ experiments(after: "bm90LWEtY3Vyc29y") { totalCount } }""", "after")]
    [InlineData("""{ experiment(name: "") { name } }""", "name")]
    public async Task Bad_arguments_are_bad_user_input(string query, string argument)
    {
        var error = await api.ErrorAsync(query);

        Assert.Equal(argument, error["extensions"]!["argument"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_name_longer_than_200_characters_is_bad_user_input()
    {
        var error = await api.ErrorAsync("query($n: String!) { experiment(name: $n) { name } }", new { n = new string('x', 201) });

        Assert.Equal("name", error["extensions"]!["argument"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_metric_is_rejected_before_execution()
    {
        await api.ErrorAsync("""{ experiment(name: "recovery_model_v5") { readout(metric: REVENUE) { pValue } } }""", code: "GRAPHQL_VALIDATION_FAILED");
    }

    private static List<string> Names(JsonNode connection) =>
        connection["edges"]!.AsArray().Select(edge => edge!["node"]!["name"]!.GetValue<string>()).ToList();
}
