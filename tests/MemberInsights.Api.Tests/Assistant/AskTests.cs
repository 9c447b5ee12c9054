using System.Text.Json.Nodes;
using MemberInsights.Api.Tests.Support;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Tests.Assistant;

/// <summary>The <c>ask</c> mutation end to end over HTTP on the tiny data set: answers, refusals, bad input and the audit log.</summary>
[Collection(TinyApiCollection.Name)]
public sealed class AskTests(ApiFactory api)
{
    [Fact]
    public async Task A_definition_question_answers_with_the_governed_definition()
    {
        var payload = await api.AskAsync("What is stickiness?");
        var expected = await api.ClickHouse.QueryListAsync(
            "SELECT description, formula, unit FROM metric_dictionary FINAL WHERE name = 'stickiness'",
            row => (Description: row.Get<string>(0), Formula: row.Get<string>(1), Unit: row.Get<string>(2)));

        Assert.Equal("ANSWERED", payload["status"]!.GetValue<string>());
        Assert.Equal("MetricDefinition", payload["data"]!["__typename"]!.GetValue<string>());
        Assert.Equal(expected[0].Formula, payload["data"]!["formula"]!.GetValue<string>());
        Assert.Contains(expected[0].Description, payload["answer"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(expected[0].Unit, payload["answer"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(payload["chart"]);
        Assert.Equal("METRIC_DEFINITION", payload["trace"]!["tool"]!.GetValue<string>());
        Assert.Equal(new Dictionary<string, string> { ["metric"] = "stickiness" }, AskRequests.Arguments(payload));
        Assert.Equal(1, payload["trace"]!["rowsConsidered"]!.GetValue<long>());
        Assert.Empty(payload["suggestions"]!.AsArray());
        AssertLocalTrace(payload, "What is stickiness?");
        ResponseSnapshot.Match("assistant-metric-definition", AskRequests.WithoutLatency(payload));
    }

    [Fact]
    public async Task An_experiment_question_answers_with_the_readout_and_a_bar_chart_per_group()
    {
        var payload = await api.AskAsync("How is the recovery model v5 doing on sleep?");
        var assigned = await api.ClickHouse.QueryListAsync(
            "SELECT variant, count() FROM dim_experiment_assignments FINAL WHERE experiment_name = 'recovery_model_v5' GROUP BY variant ORDER BY variant",
            row => (Variant: row.Get<string>(0), Members: (long)row.Get<ulong>(1)));

        Assert.Equal("ANSWERED", payload["status"]!.GetValue<string>());
        var readout = payload["data"]!;
        Assert.Equal("ExperimentReadout", readout["__typename"]!.GetValue<string>());
        Assert.Equal("SLEEP_HOURS", readout["metric"]!.GetValue<string>());
        var (baseline, candidate) = (readout["baseline"]!, readout["releaseCandidate"]!);
        Assert.InRange(baseline["members"]!.GetValue<long>(), 2, assigned.Single(a => a.Variant == "baseline").Members);
        Assert.InRange(candidate["members"]!.GetValue<long>(), 2, assigned.Single(a => a.Variant == "release_candidate").Members);
        Assert.Equal(baseline["members"]!.GetValue<long>() + candidate["members"]!.GetValue<long>(), payload["trace"]!["rowsConsidered"]!.GetValue<long>());
        Assert.Equal(
            new Dictionary<string, string> { ["metric"] = "sleep_hours", ["experiment"] = "recovery_model_v5" },
            AskRequests.Arguments(payload));

        var chart = payload["chart"]!;
        Assert.Equal("https://vega.github.io/schema/vega-lite/v5.json", chart["$schema"]!.GetValue<string>());
        Assert.Equal("bar", chart["mark"]!["type"]!.GetValue<string>());
        var bars = chart["data"]!["values"]!.AsArray();
        Assert.Equal(baseline["mean"]!.GetValue<double>(), bars[0]!["value"]!.GetValue<double>());
        Assert.Equal(candidate["mean"]!.GetValue<double>(), bars[1]!["value"]!.GetValue<double>());

        var answer = payload["answer"]!.GetValue<string>();
        Assert.StartsWith("As of " + payload["asOf"]!.GetValue<string>() + ", recovery_model_v5 on Sleep hours", answer, StringComparison.Ordinal);
        Assert.Contains(baseline["mean"]!.GetValue<double>().ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " hours", answer, StringComparison.Ordinal);
        Assert.Contains("Recommendation: ", answer, StringComparison.Ordinal);
        ResponseSnapshot.Match("assistant-experiment-readout", AskRequests.WithoutLatency(payload));
    }

    [Theory]
    [InlineData("Is the data pipeline healthy?")]
    [InlineData("How fresh are the marts?")]
    public async Task A_platform_question_answers_with_the_health_snapshot(string question)
    {
        var payload = await api.AskAsync(question);
        var eventLag = await api.ClickHouse.ScalarAsync<long>("SELECT dateDiff('day', max(toDate(event_time)), today()) FROM stg_member_events");

        Assert.Equal("ANSWERED", payload["status"]!.GetValue<string>());
        var snapshot = payload["data"]!;
        Assert.Equal("PlatformHealthSnapshot", snapshot["__typename"]!.GetValue<string>());
        Assert.Equal("PLATFORM_HEALTH", payload["trace"]!["tool"]!.GetValue<string>());
        Assert.Empty(payload["trace"]!["arguments"]!.AsArray());
        var said = snapshot["latestRunStatus"]!.GetValue<string>() switch
        {
            "SUCCEEDED" => "succeeded",
            "FAILED" => "failed",
            "WARNED" => "failed quality checks",
            "RUNNING" => "still running",
            _ => "skipped",
        };
        var answer = payload["answer"]!.GetValue<string>();
        Assert.Contains("the latest pipeline run " + said, answer, StringComparison.Ordinal);
        var lag = snapshot["maxLagDays"]!.GetValue<int>();
        Assert.True(lag >= eventLag, $"The most lagging table ({lag} days) lags less than the events ({eventLag} days).");
        Assert.Contains($"is {lag} day", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relative_dates_resolve_against_the_newest_event_day_in_the_warehouse()
    {
        var newest = await api.ClickHouse.ScalarAsync<DateOnly>("SELECT max(toDate(event_time)) FROM stg_member_events");

        var payload = await api.AskAsync("What is retention?");

        Assert.Equal(newest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), payload["asOf"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_out_of_scope_question_is_refused_with_a_reason_and_three_suggestions()
    {
        var payload = await api.AskAsync("Who is member 12's email?");

        Assert.Equal("REFUSED", payload["status"]!.GetValue<string>());
        Assert.Contains("pseudonymous", payload["answer"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(payload["data"]);
        Assert.Null(payload["chart"]);
        Assert.Null(payload["trace"]!["tool"]);
        Assert.Empty(payload["trace"]!["arguments"]!.AsArray());
        Assert.Equal(3, payload["suggestions"]!.AsArray().Count);
        AssertLocalTrace(payload, "Who is member 12's email?");
        ResponseSnapshot.Match("assistant-refusal", AskRequests.WithoutLatency(payload));
    }

    [Fact]
    public async Task An_ambiguous_question_is_refused()
    {
        var payload = await api.AskAsync("How are we doing?");

        Assert.Equal("REFUSED", payload["status"]!.GetValue<string>());
        Assert.Equal(3, payload["suggestions"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_question_is_bad_user_input(string question)
    {
        var error = await api.ErrorAsync(AskRequests.Mutation, new { question });

        Assert.Equal("input.question", error["extensions"]!["argument"]!.GetValue<string>());
        Assert.Equal("ask", error["path"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_question_over_500_characters_is_bad_user_input()
    {
        var error = await api.ErrorAsync(AskRequests.Mutation, new { question = "How did recovery trend " + new string('?', 480) });

        Assert.Equal("input.question", error["extensions"]!["argument"]!.GetValue<string>());
        Assert.Contains("500", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_question_is_a_validation_error_not_a_server_error()
    {
        var response = await api.PostAsync("mutation { ask(input: {}) { status } }");

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_question_is_written_to_the_audit_log_with_its_route()
    {
        const string answered = "Define recovery score, please";
        const string refused = "Delete the members table, please";
        await api.AskAsync(answered);
        await api.AskAsync(refused);

        var rows = await api.ClickHouse.QueryListAsync(
            "SELECT question, selected_tool, arguments_json, answer, tokens FROM assistant_audit_log WHERE question IN {questions:Array(String)} ORDER BY question",
            row => (Question: row.Get<string>(0), Tool: row.Get<string>(1), Arguments: row.Get<string>(2), Answer: row.Get<string>(3), Tokens: row.Get<ulong>(4)),
            new QueryParameters().Add("questions", new[] { answered, refused }));

        Assert.Equal(2, rows.Count);
        Assert.Equal((answered, "METRIC_DEFINITION"), (rows[0].Question, rows[0].Tool));
        Assert.Equal("recovery_score", JsonNode.Parse(rows[0].Arguments)!["metric"]!.GetValue<string>());
        Assert.Equal((ulong)Math.Ceiling((answered.Length + rows[0].Answer.Length) / 4.0), rows[0].Tokens);
        Assert.Equal((refused, ""), (rows[1].Question, rows[1].Tool));
        Assert.Contains("cannot change", rows[1].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Platform_health_shows_the_questions_asked()
    {
        const string question = "What is the formula for strain, exactly?";
        await api.AskAsync(question);

        var data = await api.QueryAsync("{ platformHealth { assistantQuestions(first: 500) { edges { node { question status tool latencyMs } } } } }");

        var entry = data["platformHealth"]!["assistantQuestions"]!["edges"]!.AsArray()
            .Select(e => e!["node"]!).First(n => n["question"]!.GetValue<string>() == question);
        Assert.Equal("ANSWERED", entry["status"]!.GetValue<string>());
        Assert.Equal("METRIC_DEFINITION", entry["tool"]!.GetValue<string>());
    }

    /// <summary>The trace of a deterministic, local answer: no external calls or cost, tokens from the text.</summary>
    private static void AssertLocalTrace(JsonObject payload, string question)
    {
        var trace = payload["trace"]!;
        Assert.Equal(0, trace["apiCalls"]!.GetValue<int>());
        Assert.Equal(0, trace["apiCostUsd"]!.GetValue<double>());
        Assert.True(trace["latencyMs"]!.GetValue<double>() >= 0);
        Assert.Equal((int)Math.Ceiling((question.Length + payload["answer"]!.GetValue<string>().Length) / 4.0), trace["estimatedTokens"]!.GetValue<int>());
    }
}
