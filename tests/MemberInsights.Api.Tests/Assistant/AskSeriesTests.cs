using System.Globalization;
using MemberInsights.Api.Tests.Support;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Tests.Assistant;

/// <summary>The <c>ask</c> mutation's series tools end to end on tiny data, values checked against plain SQL over the raw events.</summary>
[Collection(TinyApiCollection.Name)]
public sealed class AskSeriesTests(ApiFactory api)
{
    [Fact]
    public async Task A_metric_trend_question_answers_with_the_series_of_the_segment_and_a_line_chart()
    {
        var payload = await api.AskAsync("How did recovery trend for annual members over the last 30 days?");
        var asOf = DateOnly.ParseExact(payload["asOf"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expected = await api.ClickHouse.QueryListAsync(
            """
            SELECT toDate(event_time) AS day, avg(toFloat64(value))
            FROM stg_member_events
            WHERE event_type = 'recovery' AND plan_type = 'annual' AND toDate(event_time) BETWEEN {from:Date} AND {to:Date}
            GROUP BY day ORDER BY day
            """,
            row => (Day: row.Get<DateOnly>(0).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Value: row.Get<double>(1)),
            new QueryParameters().Add("from", asOf.AddDays(-29)).Add("to", asOf));

        Assert.Equal("ANSWERED", payload["status"]!.GetValue<string>());
        Assert.Equal("METRIC_TREND", payload["trace"]!["tool"]!.GetValue<string>());
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["metric"] = "recovery_score",
                ["range.from"] = asOf.AddDays(-29).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["range.to"] = payload["asOf"]!.GetValue<string>(),
                ["grain"] = "DAY",
                ["segment.planTypes"] = "ANNUAL",
            },
            AskRequests.Arguments(payload));
        var series = payload["data"]!;
        Assert.Equal("MetricSeries", series["__typename"]!.GetValue<string>());
        Assert.Equal("recovery_score", series["definition"]!["name"]!.GetValue<string>());
        var points = series["measures"]!.AsArray();
        Assert.Equal(30, points.Count);
        Assert.Equal(30, payload["trace"]!["rowsConsidered"]!.GetValue<long>());
        foreach (var (day, value) in expected)
        {
            var point = points.Single(p => p!["date"]!.GetValue<string>() == day)!;
            Assert.Equal(value, point["value"]!.GetValue<double>(), 9);
        }

        var chart = payload["chart"]!;
        Assert.Equal("line", chart["mark"]!["type"]!.GetValue<string>());
        Assert.Equal(30, chart["data"]!["values"]!.AsArray().Count);
        var answer = payload["answer"]!.GetValue<string>();
        Assert.StartsWith($"As of {payload["asOf"]!.GetValue<string>()}: Recovery for members on the annual plan from ", answer, StringComparison.Ordinal);
        Assert.Contains("(score 0-100)", answer, StringComparison.Ordinal);
        ResponseSnapshot.Match("assistant-metric-trend", AskRequests.WithoutLatency(payload));
    }

    [Fact]
    public async Task An_active_members_question_counts_distinct_members_per_day()
    {
        var payload = await api.AskAsync("What was DAU last week?");
        var arguments = AskRequests.Arguments(payload);
        var expected = await api.ClickHouse.QueryListAsync(
            """
            SELECT toDate(event_time) AS day, count(DISTINCT member_id)
            FROM stg_member_events WHERE toDate(event_time) BETWEEN {from:Date} AND {to:Date}
            GROUP BY day ORDER BY day
            """,
            row => (Day: Day(row.Get<DateOnly>(0)), Members: (long)row.Get<ulong>(1)),
            Range(arguments));

        Assert.Equal("ACTIVE_MEMBERS", payload["trace"]!["tool"]!.GetValue<string>());
        Assert.Equal("DAY", arguments["grain"]);
        var series = payload["data"]!;
        Assert.Equal("CountSeries", series["__typename"]!.GetValue<string>());
        Assert.Equal("active_members", series["definition"]!["name"]!.GetValue<string>());
        var points = series["counts"]!.AsArray().Select(p => (Day: p!["date"]!.GetValue<string>(), Members: p["value"]!.GetValue<long>())).ToList();
        Assert.Equal(7, points.Count);
        Assert.Equal(expected, points.Where(p => p.Members > 0).ToList());
        Assert.Equal("line", payload["chart"]!["mark"]!["type"]!.GetValue<string>());
        Assert.Contains("Daily active members (DAU)", payload["answer"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_members_question_counts_joins_per_month()
    {
        var payload = await api.AskAsync("How many new members joined each month this year?");
        var arguments = AskRequests.Arguments(payload);
        var joined = await api.ClickHouse.ScalarAsync<ulong>(
            "SELECT count() FROM dim_members FINAL WHERE joined_date BETWEEN {from:Date} AND {to:Date}", Range(arguments));

        Assert.Equal("NEW_MEMBERS", payload["trace"]!["tool"]!.GetValue<string>());
        Assert.Equal("MONTH", arguments["grain"]);
        var points = payload["data"]!["counts"]!.AsArray();
        Assert.Equal((long)joined, points.Sum(p => p!["value"]!.GetValue<long>()));
        Assert.Contains($"{joined:N0} members joined", payload["answer"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_churn_question_answers_with_cancellations_over_subscribed_members()
    {
        var payload = await api.AskAsync("What was churn by month since May?");
        var arguments = AskRequests.Arguments(payload);
        // A cancellation counts in its month when the member was subscribed on the month's first day.
        var cancelled = await api.ClickHouse.ScalarAsync<ulong>(
            """
            SELECT count() FROM dim_members FINAL
            WHERE churned_date BETWEEN {from:Date} AND {to:Date}
              AND joined_date <= toStartOfMonth(assumeNotNull(churned_date)) AND churned_date > toStartOfMonth(assumeNotNull(churned_date))
            """,
            Range(arguments));

        Assert.Equal("CHURN", payload["trace"]!["tool"]!.GetValue<string>());
        var series = payload["data"]!;
        Assert.Equal("RateSeries", series["__typename"]!.GetValue<string>());
        Assert.Equal("churn_rate", series["definition"]!["name"]!.GetValue<string>());
        var points = series["rates"]!.AsArray();
        Assert.Equal((long)cancelled, points.Sum(p => p!["numerator"]!.GetValue<long>()));
        Assert.All(points, p => Assert.Equal(
            p!["denominator"]!.GetValue<long>() == 0 ? null : (double)p["numerator"]!.GetValue<long>() / p["denominator"]!.GetValue<long>(),
            p["value"]?.GetValue<double>()));
        Assert.Contains($"{cancelled:N0} cancellations", payload["answer"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retention_question_answers_with_the_matrix_and_a_heatmap()
    {
        var payload = await api.AskAsync("Show the retention matrix for cohorts since January");
        var arguments = AskRequests.Arguments(payload);
        var sizes = await api.ClickHouse.QueryListAsync(
            "SELECT cohort_month, count() FROM dim_members FINAL WHERE cohort_month BETWEEN {from:Date} AND {to:Date} GROUP BY cohort_month ORDER BY cohort_month",
            row => (Cohort: Day(row.Get<DateOnly>(0)), Size: (long)row.Get<ulong>(1)),
            new QueryParameters().Add("from", Date(arguments["cohorts.from"])).Add("to", Date(arguments["cohorts.to"])));

        Assert.Equal("RETENTION_MATRIX", payload["trace"]!["tool"]!.GetValue<string>());
        var cohorts = payload["data"]!["cohorts"]!.AsArray();
        Assert.Equal(sizes, cohorts.Select(c => (Cohort: c!["cohortMonth"]!.GetValue<string>(), Size: c["size"]!.GetValue<long>())).Where(c => c.Size > 0).ToList());
        var cells = cohorts.Sum(c => c!["months"]!.AsArray().Count);
        Assert.Equal(cells, payload["trace"]!["rowsConsidered"]!.GetValue<long>());
        var chart = payload["chart"]!;
        Assert.Equal("rect", chart["mark"]!["type"]!.GetValue<string>());
        Assert.Equal(cells, chart["data"]!["values"]!.AsArray().Count);
        Assert.Equal("rate", chart["encoding"]!["color"]!["field"]!.GetValue<string>());
    }

    private static QueryParameters Range(Dictionary<string, string> arguments) =>
        new QueryParameters().Add("from", Date(arguments["range.from"])).Add("to", Date(arguments["range.to"]));

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
