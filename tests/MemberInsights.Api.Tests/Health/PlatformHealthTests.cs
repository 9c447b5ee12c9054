using System.Globalization;
using System.Text.Json.Nodes;
using MemberInsights.Api.Health;
using MemberInsights.Api.Tests.Support;
using MemberInsights.ClickHouse;
using Microsoft.Extensions.DependencyInjection;

namespace MemberInsights.Api.Tests.Health;

[Collection(TinyApiCollection.Name)]
public sealed class PlatformHealthTests(ApiFactory api)
{
    [Fact]
    public async Task The_engine_is_the_embedded_one_with_its_version()
    {
        var version = await api.ClickHouse.ScalarAsync<string>("SELECT version()");

        var engine = (await api.QueryAsync("{ platformHealth { engine { kind version } } }"))["platformHealth"]!["engine"]!;

        Assert.Equal("EMBEDDED", engine["kind"]!.GetValue<string>());
        Assert.Equal(version, engine["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pipeline_runs_show_the_load_of_the_tiny_data_with_its_steps()
    {
        var expected = await api.ClickHouse.QueryListAsync("""
            SELECT run_id, countIf(step != 'run'), sumIf(rows_out, step = 'events'), anyIf(status, step = 'run')
            FROM pipeline_run_log GROUP BY run_id HAVING anyIf(status, step = 'run') != 'skipped' ORDER BY min(started_at) DESC, run_id
            """, row => (Id: row.GetGuid(0).ToString(), Steps: (int)row.Get<ulong>(1), EventRows: (long)row.Get<ulong>(2), Status: row.GetString(3)));

        var runs = (await api.QueryAsync("""
            { platformHealth { pipelineRuns(first: 500) { totalCount edges { node {
                runId kind startedAt finishedAt status steps { name rowsIn rowsOut rowsRejected durationMs status error } } } } } }
            """))["platformHealth"]!["pipelineRuns"]!;
        var nodes = runs["edges"]!.AsArray().Select(e => e!["node"]!).ToList();

        Assert.Equal(expected.Count, runs["totalCount"]!.GetValue<int>());
        Assert.Equal(expected.Select(e => e.Id), nodes.Select(n => n["runId"]!.GetValue<string>()));
        foreach (var (run, node) in expected.Zip(nodes))
        {
            Assert.Equal(run.Steps, node["steps"]!.AsArray().Count);
            Assert.Equal(run.Status.ToUpperInvariant(), node["status"]!.GetValue<string>());
            Assert.NotNull(node["finishedAt"]);
        }

        var load = nodes.Single(n => n["steps"]!.AsArray().Any(s => s!["name"]!.GetValue<string>() == "events"));
        var events = load["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "events")!;
        Assert.Equal(await api.ClickHouse.ScalarAsync<ulong>("SELECT count() FROM stg_member_events"), events["rowsIn"]!.GetValue<ulong>());
        Assert.Equal("SUCCEEDED", events["status"]!.GetValue<string>());
        Assert.Null(events["error"]);
    }

    [Fact]
    public async Task Freshness_gives_each_modeled_table_its_newest_day_and_lags()
    {
        var newestEvent = await api.ClickHouse.ScalarAsync<DateOnly>("SELECT max(toDate(event_time)) FROM stg_member_events");
        var newestJoin = await api.ClickHouse.ScalarAsync<DateOnly>("SELECT max(joined_date) FROM dim_members FINAL");
        var before = DateOnly.FromDateTime(DateTime.UtcNow);

        var tables = (await api.QueryAsync("{ platformHealth { freshness { table layer dateColumn latestDate lagDays behindNewestDays } } }"))
            ["platformHealth"]!["freshness"]!.AsArray().ToDictionary(t => t!["table"]!.GetValue<string>(), t => t!);
        var after = DateOnly.FromDateTime(DateTime.UtcNow);

        var events = tables["stg_member_events"];
        Assert.Equal(newestEvent.ToString("yyyy-MM-dd"), events["latestDate"]!.GetValue<string>());
        Assert.InRange(events["lagDays"]!.GetValue<int>(), before.DayNumber - newestEvent.DayNumber, after.DayNumber - newestEvent.DayNumber);
        Assert.Equal(newestJoin.ToString("yyyy-MM-dd"), tables["dim_members"]["latestDate"]!.GetValue<string>());
        Assert.Equal(tables["fct_member_day"]["latestDate"]!.GetValue<string>(), events["latestDate"]!.GetValue<string>());
        Assert.Equal(tables["agg_cohort_daily"]["latestDate"]!.GetValue<string>(), events["latestDate"]!.GetValue<string>());
        Assert.Null(tables["agg_experiment_member"]["dateColumn"]);
        Assert.Null(tables["agg_experiment_member"]["latestDate"]);
        Assert.DoesNotContain("pipeline_run_log", tables.Keys);
        Assert.Equal(0, tables.Values.Where(t => t["behindNewestDays"] is not null).Min(t => t["behindNewestDays"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Models_are_measured_live_and_match_the_tables()
    {
        var events = await api.ClickHouse.ScalarAsync<ulong>("SELECT count() FROM stg_member_events");

        var models = (await api.QueryAsync("{ platformHealth { models { table layer grain rows bytes updatedAt } } }"))
            ["platformHealth"]!["models"]!.AsArray().ToDictionary(m => m!["table"]!.GetValue<string>(), m => m!);

        Assert.Equal(events, models["stg_member_events"]["rows"]!.GetValue<ulong>());
        Assert.True(models["stg_member_events"]["bytes"]!.GetValue<long>() > 0);
        Assert.Equal("staging", models["stg_member_events"]["layer"]!.GetValue<string>());
        Assert.Equal("one row per member per day", models["fct_member_day"]["grain"]!.GetValue<string>());
        Assert.NotNull(models["fct_member_day"]["updatedAt"]);
        var comments = await api.ClickHouse.QueryListAsync(
            "SELECT name, comment FROM system.tables WHERE database = currentDatabase() AND engine LIKE '%MergeTree' AND name NOT IN ('model_inventory', 'schema_migrations')",
            row => (Table: row.GetString(0), Comment: row.GetString(1)));
        Assert.Equal(comments.Select(c => c.Table).Order(StringComparer.Ordinal), models.Keys.Order(StringComparer.Ordinal));
        Assert.All(comments, c => Assert.Equal(c.Comment.Replace("grain: ", "", StringComparison.Ordinal), models[c.Table]["grain"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Quality_checks_are_those_of_the_newest_run_with_checks()
    {
        var expected = await api.ClickHouse.QueryListAsync("""
            SELECT check_name, check_passed FROM pipeline_run_log
            WHERE run_id = (SELECT argMax(run_id, started_at) FROM pipeline_run_log WHERE check_name != '') AND check_name != ''
            ORDER BY started_at, check_name
            """, row => (Name: row.GetString(0), Passed: row.GetBoolean(1)));

        var summary = (await api.QueryAsync("{ platformHealth { qualityChecks { runId passRate checks { name passed detail } } } }"))
            ["platformHealth"]!["qualityChecks"]!;

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(c => c.Name), summary["checks"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal((double)expected.Count(c => c.Passed) / expected.Count, summary["passRate"]!.GetValue<double>(), 12);
        Assert.All(summary["checks"]!.AsArray(), c => Assert.False(string.IsNullOrEmpty(c!["detail"]!.GetValue<string>())));
    }

    [Fact]
    public async Task The_api_counts_the_requests_it_served()
    {
        const string Usage = "{ platformHealth { api { startedAt requests requestsWithErrors p50Ms p95Ms p99Ms } } }";
        var first = (await api.QueryAsync(Usage))["platformHealth"]!["api"]!;
        var second = (await api.QueryAsync(Usage))["platformHealth"]!["api"]!;

        Assert.True(second["requests"]!.GetValue<long>() > first["requests"]!.GetValue<long>());
        Assert.True(second["p50Ms"]!.GetValue<double>() <= second["p95Ms"]!.GetValue<double>());
        Assert.True(second["p95Ms"]!.GetValue<double>() <= second["p99Ms"]!.GetValue<double>());
        Assert.Equal(first["startedAt"]!.GetValue<string>(), second["startedAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task Assistant_questions_are_listed_newest_first_and_a_refusal_has_no_tool()
    {
        var answered = Guid.NewGuid();
        var refused = Guid.NewGuid();
        await api.ClickHouse.ExecuteAsync("""
            INSERT INTO assistant_audit_log (question_id, question, selected_tool, arguments_json, answer, latency_ms, tokens, created_at)
            SELECT {answered:UUID}, 'How did recovery_model_v5 do?', 'EXPERIMENT_READOUT', '{"experiment":"recovery_model_v5"}', 'It ships.', 12, 40, toDateTime64('2020-01-01 00:00:02', 3, 'UTC')
            UNION ALL
            SELECT {refused:UUID}, 'What is the weather?', '', '{}', 'I cannot answer that.', 3, 20, toDateTime64('2020-01-01 00:00:01', 3, 'UTC')
            """, new QueryParameters().Add("answered", answered).Add("refused", refused));
        var total = await api.ClickHouse.ScalarAsync<ulong>("SELECT count() FROM assistant_audit_log");

        var connection = (await api.QueryAsync("{ platformHealth { assistantQuestions(first: 500) { totalCount edges { node { askedAt question status tool latencyMs } } } } }"))
            ["platformHealth"]!["assistantQuestions"]!;
        var nodes = connection["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        var mine = nodes.Where(n => n["askedAt"]!.GetValue<string>().StartsWith("2020-01-01", StringComparison.Ordinal)).ToList();

        Assert.Equal((int)total, connection["totalCount"]!.GetValue<int>());
        Assert.Equal(["How did recovery_model_v5 do?", "What is the weather?"], mine.Select(n => n["question"]!.GetValue<string>()));
        Assert.Equal("ANSWERED", mine[0]["status"]!.GetValue<string>());
        Assert.Equal("EXPERIMENT_READOUT", mine[0]["tool"]!.GetValue<string>());
        Assert.Equal(12, mine[0]["latencyMs"]!.GetValue<double>());
        Assert.Equal("REFUSED", mine[1]["status"]!.GetValue<string>());
        Assert.Null(mine[1]["tool"]);
        var askedAt = nodes.Select(n => DateTimeOffset.Parse(n["askedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(askedAt.OrderDescending(), askedAt);
    }

    [Fact]
    public async Task Skipped_runs_are_left_out_unless_asked_for_and_never_count_as_the_latest_run()
    {
        var skipped = Guid.NewGuid();
        await api.ClickHouse.ExecuteAsync("""
            INSERT INTO pipeline_run_log (run_id, run_kind, step, started_at, finished_at, status, details)
            VALUES ({run:UUID}, 'load', 'run', now64(3) + INTERVAL 1 HOUR, now64(3) + INTERVAL 1 HOUR, 'skipped', 'stg_member_events is not empty')
            """, new QueryParameters().Add("run", skipped));
        var skippedRuns = await api.ClickHouse.ScalarAsync<ulong>(
            "SELECT count() FROM pipeline_run_log WHERE step = 'run' AND status = 'skipped'");
        const string Runs = "query($all: Boolean!) { platformHealth { pipelineRuns(first: 500, includeSkipped: $all) { totalCount edges { node { runId status } } } } }";

        var all = (await api.QueryAsync(Runs, new { all = true }))["platformHealth"]!["pipelineRuns"]!;
        var done = (await api.QueryAsync(Runs, new { all = false }))["platformHealth"]!["pipelineRuns"]!;
        var snapshot = await api.Services.GetRequiredService<HealthQueries>().SnapshotAsync(CancellationToken.None);

        var newest = all["edges"]![0]!["node"]!;
        Assert.Equal(skipped.ToString(), newest["runId"]!.GetValue<string>());
        Assert.Equal("SKIPPED", newest["status"]!.GetValue<string>());
        Assert.DoesNotContain(done["edges"]!.AsArray(), e => e!["node"]!["status"]!.GetValue<string>() == "SKIPPED");
        Assert.Equal((int)skippedRuns, all["totalCount"]!.GetValue<int>() - done["totalCount"]!.GetValue<int>());
        Assert.Equal(done["edges"]!.AsArray().Count, done["totalCount"]!.GetValue<int>());
        Assert.NotEqual(RunStatus.Skipped, snapshot.LatestRunStatus);
    }

    [Fact]
    public async Task The_snapshot_for_the_assistant_agrees_with_the_surface()
    {
        var snapshot = await api.Services.GetRequiredService<HealthQueries>().SnapshotAsync(CancellationToken.None);
        var data = (await api.QueryAsync("""
            { platformHealth { pipelineRuns(first: 1) { edges { node { status } } } qualityChecks { passRate } freshness { lagDays } } }
            """))["platformHealth"]!;

        Assert.Equal(data["pipelineRuns"]!["edges"]![0]!["node"]!["status"]!.GetValue<string>(), ToGraphQL(snapshot.LatestRunStatus!.Value));
        Assert.Equal(data["qualityChecks"]!["passRate"]!.GetValue<double>(), snapshot.QualityPassRate);
        var maxLag = data["freshness"]!.AsArray().Where(t => t!["lagDays"] is not null).Max(t => t!["lagDays"]!.GetValue<int>());
        Assert.InRange(snapshot.MaxLagDays!.Value, maxLag - 1, maxLag);
    }

    [Theory]
    [InlineData("""{ platformHealth { pipelineRuns(first: 0) { totalCount } } }""", "first")]
    [InlineData("""{ platformHealth { pipelineRuns(first: 501) { totalCount } } }""", "first")]
    [InlineData("""{ platformHealth { pipelineRuns(after: "%%%") { totalCount } } }""", "after")]
    [InlineData("""{ platformHealth { assistantQuestions(first: -1) { totalCount } } }""", "first")]
    [InlineData("""{ platformHealth { assistantQuestions(after: "Y3Vyc29yOng=") { totalCount } } }""", "after")]
    public async Task Bad_paging_arguments_are_bad_user_input(string query, string argument)
    {
        var error = await api.ErrorAsync(query);

        Assert.Equal(argument, error["extensions"]!["argument"]!.GetValue<string>());
    }

    private static string ToGraphQL(RunStatus status) => status.ToString().ToUpperInvariant();
}
