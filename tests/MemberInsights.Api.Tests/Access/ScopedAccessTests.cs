using System.Text.Json.Nodes;
using MemberInsights.Api.Contracts;
using MemberInsights.Api.Tests.Assistant;
using MemberInsights.Api.Tests.Support;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Tests.Access;

/// <summary>
/// A key scoped to annual members with a sleep or recovery goal sees those members only, on every surface: each
/// number is compared with plain SQL over the raw tables restricted to the scope. A scope that matches nothing
/// gives empty results, never someone else's.
/// </summary>
public sealed class ScopedAccessTests(ScopedAccessTests.ScopedApi api) : IClassFixture<ScopedAccessTests.ScopedApi>
{
    private const string InScope = "plan_type = 'annual' AND goal IN ('sleep', 'recovery')";
    private const string ScopedMembers = "SELECT member_id FROM dim_members FINAL WHERE " + InScope;

    [Fact]
    public async Task New_members_are_those_of_the_scope_month_by_month()
    {
        const string query = """{ growth { newMembers(range: { from: "2024-09-01", to: "2026-10-31" }, grain: MONTH) { date value } } }""";
        var expected = await Counts($"SELECT toString(toStartOfMonth(joined_date)) AS m, count() FROM dim_members FINAL WHERE {InScope} AND joined_date >= '2024-09-01' GROUP BY m");

        var points = Points(await api.AsAsync(ScopedApi.Scoped, query), "growth", "newMembers");

        Assert.True(expected.Values.Sum() > 0);
        Assert.Equal(expected, points.Where(p => p.Value > 0).ToDictionary());
    }

    [Fact]
    public async Task Active_members_and_a_segment_intersect_with_the_scope()
    {
        const string query = """
            query($segment: SegmentInput) { growth(segment: $segment) { activeMembers(range: { from: "2026-10-01", to: "2026-10-31" }, grain: DAY) { date value } } }
            """;
        var expected = await Counts($"SELECT toString(toDate(event_time)) AS d, uniqExact(member_id) FROM stg_member_events WHERE toDate(event_time) BETWEEN '2026-10-01' AND '2026-10-31' AND {InScope} GROUP BY d");
        var sleepOnly = await Counts($"SELECT toString(toDate(event_time)) AS d, uniqExact(member_id) FROM stg_member_events WHERE toDate(event_time) BETWEEN '2026-10-01' AND '2026-10-31' AND {InScope} AND goal = 'sleep' GROUP BY d");

        var all = Points(await api.AsAsync(ScopedApi.Scoped, query), "growth", "activeMembers");
        var intersected = Points(await api.AsAsync(ScopedApi.Scoped, query, new { segment = new { goals = new[] { "SLEEP", "STRESS" } } }), "growth", "activeMembers");
        var disjoint = Points(await api.AsAsync(ScopedApi.Scoped, query, new { segment = new { planTypes = new[] { "MONTHLY" } } }), "growth", "activeMembers");

        Assert.Equal(expected, all.Where(p => p.Value > 0).ToDictionary());
        Assert.Equal(sleepOnly, intersected.Where(p => p.Value > 0).ToDictionary());
        Assert.Equal(31, disjoint.Count);
        Assert.All(disjoint, p => Assert.Equal(0, p.Value));
    }

    [Fact]
    public async Task The_retention_matrix_counts_the_scope_s_cohorts()
    {
        const string query = """{ growth { retentionMatrix(cohorts: { from: "2025-01-01", to: "2026-10-31" }, maxMonthsSinceJoin: 2) { cohorts { cohortMonth size } } } }""";
        var expected = await Counts($"SELECT toString(cohort_month) AS c, count() FROM dim_members FINAL WHERE {InScope} AND cohort_month >= '2025-01-01' GROUP BY c");

        var data = await api.AsAsync(ScopedApi.Scoped, query);
        var cohorts = data["growth"]!["retentionMatrix"]!["cohorts"]!.AsArray()
            .ToDictionary(c => c!["cohortMonth"]!.GetValue<string>(), c => (long)c!["size"]!.GetValue<int>());

        Assert.Equal(expected, cohorts.Where(c => c.Value > 0).ToDictionary());
    }

    [Fact]
    public async Task Performance_series_and_the_paged_cohort_signals_count_the_scope_s_members()
    {
        const string series = """{ performance { series(metric: SLEEP_HOURS, range: { from: "2026-10-01", to: "2026-10-31" }, grain: MONTH) { points { value members } } } }""";
        const string signals = """
            query($segment: SegmentInput) { performance(segment: $segment) { cohortSignals(range: { from: "2026-10-01", to: "2026-10-31" }, grain: WEEK, first: 1) { totalCount } } }
            """;
        var raw = await api.ClickHouse.QueryListAsync(
            $"SELECT sumIf(toFloat64(value), event_type = 'sleep') / countIf(event_type = 'sleep'), uniqExact(member_id) FROM stg_member_events WHERE toDate(event_time) BETWEEN '2026-10-01' AND '2026-10-31' AND {InScope}",
            row => (Mean: row.GetDouble(0), Members: (long)row.Get<ulong>(1)));
        var cells = await api.ClickHouse.ScalarAsync<ulong>(
            $"SELECT count() FROM (SELECT DISTINCT cohort_month, toMonday(toDate(event_time)) FROM stg_member_events WHERE toDate(event_time) BETWEEN '2026-10-01' AND '2026-10-31' AND {InScope})");

        var point = (await api.AsAsync(ScopedApi.Scoped, series))["performance"]!["series"]!["points"]![0]!;
        var scoped = (await api.AsAsync(ScopedApi.Scoped, signals))["performance"]!["cohortSignals"]!["totalCount"]!.GetValue<int>();
        var unscoped = (await api.AsAsync(AccessRoles.Analyst, signals))["performance"]!["cohortSignals"]!["totalCount"]!.GetValue<int>();

        Assert.Equal(raw[0].Mean, point["value"]!.GetValue<double>(), 9);
        Assert.Equal(raw[0].Members, point["members"]!.GetValue<long>());
        Assert.Equal((int)cells, scoped);
        Assert.True(unscoped > scoped);
    }

    [Fact]
    public async Task A_member_outside_the_scope_is_unknown_and_one_inside_is_found()
    {
        const string query = "query($id: ID!) { member(memberId: $id) { memberId planType days(range: { from: \"2026-10-01\", to: \"2026-10-31\" }) { date } } }";
        var inside = await api.ClickHouse.ScalarAsync<uint>($"SELECT min(member_id) FROM stg_member_events WHERE {InScope} AND toDate(event_time) >= '2026-10-01'");
        var outside = await api.ClickHouse.ScalarAsync<uint>($"SELECT min(member_id) FROM stg_member_events WHERE NOT ({InScope}) AND toDate(event_time) >= '2026-10-01'");

        var found = await api.AsAsync(ScopedApi.Scoped, query, new { id = inside.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var hidden = await api.AsAsync(ScopedApi.Scoped, query, new { id = outside.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var analyst = await api.AsAsync(AccessRoles.Analyst, query, new { id = outside.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal("ANNUAL", found["member"]!["planType"]!.GetValue<string>());
        Assert.NotEmpty(found["member"]!["days"]!.AsArray());
        Assert.Null(hidden["member"]);
        Assert.NotNull(analyst["member"]);
    }

    [Fact]
    public async Task Experiments_list_their_groups_within_the_scope()
    {
        const string query = "{ experiments(first: 50) { totalCount edges { node { name groups { variant members } } } } }";
        var expected = await api.ClickHouse.QueryListAsync(
            $"SELECT experiment_name, countIf(variant = 'baseline'), countIf(variant = 'release_candidate') FROM dim_experiment_assignments FINAL WHERE member_id IN ({ScopedMembers}) GROUP BY experiment_name ORDER BY experiment_name",
            row => (Name: row.GetString(0), Baseline: (long)row.Get<ulong>(1), Candidate: (long)row.Get<ulong>(2)));

        var connection = (await api.AsAsync(ScopedApi.Scoped, query))["experiments"]!;
        var listed = connection["edges"]!.AsArray().Select(e => e!["node"]!)
            .Select(n => (Name: n["name"]!.GetValue<string>(), Baseline: Members(n, "BASELINE"), Candidate: Members(n, "RELEASE_CANDIDATE")))
            .OrderBy(e => e.Name, StringComparer.Ordinal).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, listed);
        Assert.Equal(expected.Count, connection["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_experiment_readout_reads_the_scope_s_members_only()
    {
        var name = await api.ClickHouse.ScalarAsync<string>("SELECT experiment_name FROM dim_experiment_assignments FINAL GROUP BY experiment_name ORDER BY count() DESC LIMIT 1");
        const string query = "query($name: String!) { experiment(name: $name) { readout(metric: RECOVERY_SCORE) { baseline { members } releaseCandidate { members } } } }";
        var withPost = await api.ClickHouse.QueryListAsync(
            $$"""
            SELECT a.variant, uniqExact(e.member_id)
            FROM stg_member_events AS e
            INNER JOIN (SELECT member_id, variant, assigned_date FROM dim_experiment_assignments FINAL WHERE experiment_name = {name:String}) AS a ON a.member_id = e.member_id
            WHERE e.event_type = 'recovery' AND toDate(e.event_time) >= a.assigned_date AND e.member_id IN ({{ScopedMembers}})
            GROUP BY a.variant ORDER BY a.variant
            """,
            row => (Variant: row.GetString(0), Members: (long)row.Get<ulong>(1)), new QueryParameters().Add("name", name));

        var scoped = await api.AsAsync(ScopedApi.Scoped, query, new { name });
        var everyone = await api.AsAsync(AccessRoles.Analyst, query, new { name });

        var readout = scoped["experiment"]!["readout"]!;
        Assert.Equal(withPost.Single(v => v.Variant == "baseline").Members, readout["baseline"]!["members"]!.GetValue<long>());
        Assert.Equal(withPost.Single(v => v.Variant == "release_candidate").Members, readout["releaseCandidate"]!["members"]!.GetValue<long>());
        Assert.True(everyone["experiment"]!["readout"]!["baseline"]!["members"]!.GetValue<long>() > readout["baseline"]!["members"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_assistant_answers_with_the_scope_s_numbers()
    {
        var response = await api.PostAsync(AskRequests.Mutation, new { question = "How many new members joined each month this year?" }, role: ScopedApi.Scoped);
        var payload = response["data"]!["ask"]!.AsObject();
        var arguments = AskRequests.Arguments(payload);
        var joined = await api.ClickHouse.ScalarAsync<ulong>(
            $"SELECT count() FROM dim_members FINAL WHERE {InScope} AND joined_date BETWEEN {{from:Date}} AND {{to:Date}}",
            new QueryParameters().Add("from", DateOnly.Parse(arguments["range.from"], System.Globalization.CultureInfo.InvariantCulture)).Add("to", DateOnly.Parse(arguments["range.to"], System.Globalization.CultureInfo.InvariantCulture)));
        var everyone = await api.ClickHouse.ScalarAsync<ulong>(
            "SELECT count() FROM dim_members FINAL WHERE joined_date BETWEEN {from:Date} AND {to:Date}",
            new QueryParameters().Add("from", DateOnly.Parse(arguments["range.from"], System.Globalization.CultureInfo.InvariantCulture)).Add("to", DateOnly.Parse(arguments["range.to"], System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("NEW_MEMBERS", payload["trace"]!["tool"]!.GetValue<string>());
        Assert.Equal((long)joined, payload["data"]!["counts"]!.AsArray().Sum(p => p!["value"]!.GetValue<long>()));
        Assert.Contains($"{joined:N0} members joined", payload["answer"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(everyone > joined);
    }

    [Fact]
    public async Task Platform_health_which_reports_on_the_whole_warehouse_is_refused_to_a_scoped_caller()
    {
        var response = await api.PostAsync("{ platformHealth { models { table rows } } }", role: ScopedApi.Scoped);

        Assert.Null(response["data"]!["platformHealth"]);
        Assert.Equal("FORBIDDEN", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(ScopedApi.Nothing)]
    [InlineData(ScopedApi.Studio)]
    public async Task A_scope_that_matches_no_member_gives_empty_results(string key)
    {
        var data = await api.AsAsync(key, """
            { growth { newMembers(range: { from: "2024-09-01", to: "2026-10-31" }, grain: MONTH) { value } retentionMatrix(cohorts: { from: "2026-01-01", to: "2026-10-31" }, maxMonthsSinceJoin: 1) { cohorts { size } } }
              performance { cohortSignals(range: { from: "2026-10-01", to: "2026-10-31" }, grain: WEEK) { totalCount } }
              experiments { totalCount } }
            """);

        Assert.All(data["growth"]!["newMembers"]!.AsArray(), p => Assert.Equal(0, p!["value"]!.GetValue<long>()));
        Assert.All(data["growth"]!["retentionMatrix"]!["cohorts"]!.AsArray(), c => Assert.Equal(0, c!["size"]!.GetValue<int>()));
        Assert.Equal(0, data["performance"]!["cohortSignals"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, data["experiments"]!["totalCount"]!.GetValue<int>());
    }

    private async Task<Dictionary<string, long>> Counts(string sql) =>
        (await api.ClickHouse.QueryListAsync(sql, row => (Key: row.GetString(0), Count: (long)row.Get<ulong>(1)))).ToDictionary(r => r.Key, r => r.Count);

    private static List<KeyValuePair<string, long>> Points(JsonObject data, string surface, string field) =>
        data[surface]![field]!.AsArray().Select(p => KeyValuePair.Create(p!["date"]!.GetValue<string>(), p["value"]!.GetValue<long>())).ToList();

    private static long Members(JsonNode node, string variant) =>
        node["groups"]!.AsArray().FirstOrDefault(g => g!["variant"]!.GetValue<string>() == variant)?["members"]!.GetValue<long>() ?? 0;

    /// <summary>The tiny API with scoped keys besides the role keys.</summary>
    public sealed class ScopedApi : ApiFactory
    {
        public const string Scoped = "annual-rest";
        public const string Nothing = "no-match";
        public const string Studio = "studio-1";

        public ScopedApi()
        {
            AddKey(Scoped, [AccessRoles.Analyst], new Dictionary<string, string>
            {
                ["PlanTypes:0"] = "ANNUAL",
                ["Goals:0"] = "SLEEP",
                ["Goals:1"] = "RECOVERY",
            });
            AddKey(Nothing, [AccessRoles.Analyst], new Dictionary<string, string>
            {
                ["PlanTypes:0"] = "STUDENT",
                ["CohortMonths:0"] = "2020-01-01",
            });
            AddKey(Studio, [AccessRoles.Analyst], new Dictionary<string, string> { ["Locations:0"] = "1" });
        }
    }
}
