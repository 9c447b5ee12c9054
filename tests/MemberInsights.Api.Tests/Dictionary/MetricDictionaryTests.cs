using System.Text.Json.Nodes;
using MemberInsights.Api.Catalog;
using MemberInsights.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberInsights.Api.Tests.Dictionary;

[Collection(TinyApiCollection.Name)]
public sealed class MetricDictionaryTests(ApiFactory api)
{
    private const string Definitions = """
        query($search: String, $surface: Surface, $first: Int! = 50, $after: String) {
          metricDefinitions(search: $search, surface: $surface, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { name surfaces } }
          }
        }
        """;

    [Fact]
    public async Task Every_definition_is_listed_once_as_the_dictionary_table_holds_it()
    {
        var expected = await api.ClickHouse.QueryListAsync(
            "SELECT name FROM metric_dictionary FINAL ORDER BY name", row => row.GetString(0));

        var connection = (await api.QueryAsync(Definitions, new { first = 500 }))["metricDefinitions"]!;

        Assert.Equal(expected, Names(connection));
        Assert.Equal(expected.Count, connection["totalCount"]!.GetValue<int>());
        Assert.False(connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task No_version_1_row_survives_and_every_surface_is_a_schema_surface()
    {
        var versions = await api.ClickHouse.QueryListAsync(
            "SELECT name, version FROM metric_dictionary FINAL", row => (Name: row.GetString(0), Version: row.Get<uint>(1)));
        var legacySurfaces = await api.ClickHouse.ScalarAsync<ulong>(
            "SELECT count() FROM metric_dictionary FINAL ARRAY JOIN surfaces AS surface WHERE surface NOT IN ('growth', 'performance', 'experiments', 'platform_health', 'assistant')");

        Assert.All(versions, v => Assert.True(v.Version >= 2, $"{v.Name} is still at version {v.Version}."));
        Assert.Equal(0ul, legacySurfaces);
    }

    [Theory]
    [InlineData("WAU", "weekly_active_members", "week", "toMonday(event_date)")]
    [InlineData("MAU", "monthly_active_members", "month", "toStartOfMonth(event_date)")]
    public async Task Weekly_and_monthly_active_members_are_defined_per_calendar_period_as_growth_counts_them(
        string synonym, string name, string grain, string period)
    {
        var definition = (await api.QueryAsync($$"""{ metricDefinition(name: "{{synonym}}") { name grain formula sourceTable } }"""))["metricDefinition"]!;

        Assert.Equal(name, definition["name"]!.GetValue<string>());
        Assert.Equal(grain, definition["grain"]!.GetValue<string>());
        Assert.Contains(period, definition["formula"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("agg_cohort_daily", definition["sourceTable"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("recovery_score")]
    [InlineData("sleep_hours")]
    [InlineData("strain")]
    [InlineData("engagement_score")]
    [InlineData("low_recovery_rate")]
    [InlineData("experiment_cuped_lift")]
    [InlineData("sample_ratio_mismatch")]
    public async Task Experiment_metrics_are_defined_for_the_experiments_surface(string name)
    {
        var definitions = (await api.QueryAsync(Definitions, new { surface = "EXPERIMENTS", first = 500 }))["metricDefinitions"]!;

        Assert.Contains(name, Names(definitions));
        Assert.All(definitions["edges"]!.AsArray(), edge => Assert.Contains("EXPERIMENTS", Strings(edge!["node"]!["surfaces"]!)));
    }

    [Fact]
    public async Task A_surface_filter_returns_exactly_the_rows_listing_that_surface()
    {
        var expected = await api.ClickHouse.QueryListAsync(
            "SELECT name FROM metric_dictionary FINAL WHERE has(surfaces, 'platform_health') ORDER BY name", row => row.GetString(0));

        var definitions = (await api.QueryAsync(Definitions, new { surface = "PLATFORM_HEALTH" }))["metricDefinitions"]!;

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Names(definitions));
    }

    [Theory]
    [InlineData("DAU", "active_members")]
    [InlineData("mau", "monthly_active_members")]
    [InlineData("thirty day retention", "thirty_day_retention")]
    [InlineData("srm", "sample_ratio_mismatch")]
    public async Task Search_puts_an_exact_name_or_synonym_first(string search, string first)
    {
        var definitions = (await api.QueryAsync(Definitions, new { search }))["metricDefinitions"]!;

        Assert.Equal(first, Names(definitions)[0]);
    }

    [Fact]
    public async Task Search_matches_every_word_anywhere_and_nothing_else()
    {
        var all = await api.Services.GetRequiredService<MetricDictionary>().AllAsync(CancellationToken.None);
        var expected = all
            .Where(d => new[] { "members", "period" }.All(word =>
                (d.Name + " " + d.DisplayName + " " + d.Description + " " + string.Join(' ', d.Synonyms)).Contains(word, StringComparison.OrdinalIgnoreCase)))
            .Select(d => d.Name)
            .Order(StringComparer.Ordinal);

        var found = Names((await api.QueryAsync(Definitions, new { search = "Members  PERIOD" }))["metricDefinitions"]!);

        Assert.NotEmpty(found);
        Assert.Equal(expected, found.Order(StringComparer.Ordinal));
        Assert.Empty(Names((await api.QueryAsync(Definitions, new { search = "no such metric zzz" }))["metricDefinitions"]!));
    }

    [Fact]
    public async Task Pages_follow_each_other_without_gaps_or_overlap()
    {
        var all = Names((await api.QueryAsync(Definitions, new { first = 500 }))["metricDefinitions"]!);
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = (await api.QueryAsync(Definitions, new { first = 7, after }))["metricDefinitions"]!;
            seen.AddRange(Names(page));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
            pages++;
        }
        while (after is not null);

        Assert.Equal(all, seen);
        Assert.Equal((all.Count + 6) / 7, pages);
    }

    [Theory]
    [InlineData("recovery_score", "recovery_score")]
    [InlineData("Recovery", "recovery_score")]
    [InlineData("HOURS SLEPT", "sleep_hours")]
    [InlineData("Daily active members (DAU)", "active_members")]
    public async Task A_definition_is_found_by_name_display_name_or_synonym_in_any_case(string name, string expected)
    {
        var data = await api.QueryAsync("query($name: String!) { metricDefinition(name: $name) { name } }", new { name });

        Assert.Equal(expected, data["metricDefinition"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_name_is_null()
    {
        var data = await api.QueryAsync("""{ metricDefinition(name: "revenue_per_unicorn") { name } }""");

        Assert.Null(data["metricDefinition"]);
    }

    [Fact]
    public async Task A_definition_carries_every_governed_field()
    {
        var data = await api.QueryAsync("""
            { metricDefinition(name: "low_recovery_rate") {
                name displayName description formula grain unit owner sourceTable caveats synonyms surfaces } }
            """);

        ResponseSnapshot.Match("dictionary-low-recovery-rate", data);
    }

    [Theory]
    [InlineData("""{ metricDefinitions(first: 0) { totalCount } }""", "first")]
    [InlineData("""{ metricDefinitions(first: 501) { totalCount } }""", "first")]
    [InlineData("""{ metricDefinitions(after: "not-a-cursor") { totalCount } }""", "after")]
    [InlineData("""{ metricDefinition(name: "  ") { name } }""", "name")]
    public async Task Bad_arguments_are_bad_user_input(string query, string argument)
    {
        var error = await api.ErrorAsync(query);

        Assert.Equal(argument, error["extensions"]!["argument"]!.GetValue<string>());
    }

    [Fact]
    public async Task Texts_longer_than_200_characters_are_bad_user_input()
    {
        var text = new string('a', 201);

        var search = await api.ErrorAsync("query($s: String) { metricDefinitions(search: $s) { totalCount } }", new { s = text });
        var name = await api.ErrorAsync("query($s: String!) { metricDefinition(name: $s) { name } }", new { s = text });

        Assert.Equal("search", search["extensions"]!["argument"]!.GetValue<string>());
        Assert.Equal("name", name["extensions"]!["argument"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_surface_is_rejected_before_execution()
    {
        await api.ErrorAsync("{ metricDefinitions(surface: STUDIO) { totalCount } }", code: "GRAPHQL_VALIDATION_FAILED");
    }

    private static List<string> Names(JsonNode connection) =>
        connection["edges"]!.AsArray().Select(edge => edge!["node"]!["name"]!.GetValue<string>()).ToList();

    private static List<string> Strings(JsonNode array) => array.AsArray().Select(item => item!.GetValue<string>()).ToList();
}
