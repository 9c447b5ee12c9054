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
    }
}
