using System.Text.Json.Nodes;
using MemberInsights.Api.Tests.Support;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Tests.Performance;

/// <summary>Performance signals over the tiny data set (300 members, 2026-09-17 to 2026-10-31), checked against raw events.</summary>
[Collection(TinyApiCollection.Name)]
public sealed class PerformanceTests(ApiFactory api)
{
    private const string Series = """
        query($metric: PerformanceMetric!, $range: DateRangeInput!, $grain: Grain!, $segment: SegmentInput) {
          performance(segment: $segment) {
            series(metric: $metric, range: $range, grain: $grain) {
              definition { name unit sourceTable }
              grain
              points { date value members }
            }
          }
        }
        """;

    [Fact]
    public async Task Daily_recovery_equals_the_mean_of_the_raw_recovery_readings_and_members_the_distinct_active_members()
    {
        var data = await api.QueryAsync(Series, new { metric = "RECOVERY_SCORE", range = new { from = "2026-10-20", to = "2026-10-31" }, grain = "DAY" });
        var series = data["performance"]!["series"]!;
        var expected = await RawDailyAsync("event_type = 'recovery'", "");

        Assert.Equal("recovery_score", series["definition"]!["name"]!.GetValue<string>());
        var points = series["points"]!.AsArray();
        Assert.Equal(12, points.Count);
        foreach (var point in points)
        {
            var date = DateOnly.Parse(point!["date"]!.GetValue<string>());
            Assert.Equal(expected[date].Mean, point["value"]!.GetValue<double>(), 9);
            Assert.Equal(expected[date].Members, point["members"]!.GetValue<long>());
        }

        ResponseSnapshot.Match("performance-recovery-daily", data);
    }

    [Fact]
    public async Task A_segment_restricts_the_members_like_the_attributes_on_the_raw_events()
    {
        var data = await api.QueryAsync(Series, new
        {
            metric = "SLEEP_HOURS",
            range = new { from = "2026-10-01", to = "2026-10-31" },
            grain = "MONTH",
            segment = new { planTypes = new[] { "ANNUAL", "FAMILY" }, goals = new[] { "SLEEP", "RECOVERY", "PERFORMANCE" } },
        });
        var point = Assert.Single(data["performance"]!["series"]!["points"]!.AsArray())!;
        var raw = await api.ClickHouse.QueryListAsync(
            """
            SELECT sumIf(toFloat64(value), event_type = 'sleep') / countIf(event_type = 'sleep'), uniqExact(member_id)
            FROM stg_member_events
            WHERE toDate(event_time) BETWEEN '2026-10-01' AND '2026-10-31'
              AND plan_type IN ('annual', 'family') AND goal IN ('sleep', 'recovery', 'performance')
            """,
            row => (Mean: row.GetDouble(0), Members: row.Get<ulong>(1)));

        Assert.Equal("2026-10-01", point["date"]!.GetValue<string>());
        Assert.Equal(raw[0].Mean, point["value"]!.GetValue<double>(), 9);
        Assert.Equal((long)raw[0].Members, point["members"]!.GetValue<long>());
    }

    [Fact]
    public async Task Periods_without_data_are_present_with_a_null_value_and_weeks_start_on_Monday()
    {
        var data = await api.QueryAsync(Series, new { metric = "STRAIN", range = new { from = "2026-08-20", to = "2026-09-30" }, grain = "WEEK" });
        var points = data["performance"]!["series"]!["points"]!.AsArray();

        Assert.Equal("2026-08-17", points[0]!["date"]!.GetValue<string>());
        Assert.All(points, p => Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(p!["date"]!.GetValue<string>()).DayOfWeek));
        Assert.Null(points[0]!["value"]);
        Assert.Equal(0, points[0]!["members"]!.GetValue<long>());
        Assert.NotNull(points[^1]!["value"]);
    }

    [Fact]
    public async Task Engagement_is_points_per_active_member_day()
    {
        var data = await api.QueryAsync(Series, new { metric = "ENGAGEMENT_SCORE", range = new { from = "2026-10-31", to = "2026-10-31" }, grain = "DAY" });
        var value = data["performance"]!["series"]!["points"]![0]!["value"]!.GetValue<double>();
        var raw = await api.ClickHouse.QueryListAsync(
            """
            SELECT (10 * countIf(event_type = 'session') + 25 * countIf(event_type = 'workout') + 15 * countIf(event_type = 'check_in'))
                   / uniqExact(member_id)
            FROM stg_member_events WHERE toDate(event_time) = '2026-10-31'
            """,
            row => row.GetDouble(0));

        Assert.Equal(raw[0], value, 9);
    }

    [Fact]
    public async Task Cohort_signals_page_through_every_cohort_and_week()
    {
        const string query = """
            query($after: String) {
              performance {
                cohortSignals(range: { from: "2026-10-01", to: "2026-10-31" }, grain: WEEK, first: 7, after: $after) {
                  totalCount
                  pageInfo { hasNextPage endCursor }
                  edges { node { cohortMonth date activeMembers avgRecovery lowRecoveryShare } }
                }
              }
            }
            """;
        var seen = new List<(string Cohort, string Week, long Members)>();
        string? after = null;
        int total;
        do
        {
            var page = (await api.QueryAsync(query, new { after }))["performance"]!["cohortSignals"]!;
            total = page["totalCount"]!.GetValue<int>();
            seen.AddRange(page["edges"]!.AsArray().Select(e => (
                e!["node"]!["cohortMonth"]!.GetValue<string>(), e["node"]!["date"]!.GetValue<string>(), e["node"]!["activeMembers"]!.GetValue<long>())));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        var raw = await api.ClickHouse.QueryListAsync(
            """
            SELECT toString(cohort_month), toString(toMonday(toDate(event_time))) AS week, uniqExact(member_id)
            FROM stg_member_events WHERE toDate(event_time) BETWEEN '2026-10-01' AND '2026-10-31'
            GROUP BY cohort_month, week ORDER BY cohort_month, week
            """,
            row => (row.GetString(0), row.GetString(1), (long)row.Get<ulong>(2)));
        Assert.Equal(raw.Count, total);
        Assert.Equal(raw, seen);
    }

    [Fact]
    public async Task A_member_shows_its_attributes_and_days_equal_to_its_raw_events()
    {
        var memberId = await api.ClickHouse.ScalarAsync<uint>("SELECT min(member_id) FROM stg_member_events WHERE toDate(event_time) >= '2026-10-25'");
        var data = await api.QueryAsync(
            """
            query($id: ID!) {
              member(memberId: $id) {
                memberId planType
                days(range: { from: "2026-10-25", to: "2026-10-31" }) { date recovery sleepHours workouts sessions checkIns engagementScore }
              }
            }
            """,
            new { id = memberId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var raw = await api.ClickHouse.QueryListAsync(
            """
            SELECT toString(toDate(event_time)) AS d, countIf(event_type = 'workout'), countIf(event_type = 'session'), countIf(event_type = 'check_in'),
                   avgIf(toFloat64(value), event_type = 'sleep')
            FROM stg_member_events WHERE member_id = {m:UInt32} AND d BETWEEN '2026-10-25' AND '2026-10-31'
            GROUP BY d ORDER BY d
            """,
            row => (row.GetString(0), (int)row.Get<ulong>(1), (int)row.Get<ulong>(2), (int)row.Get<ulong>(3)),
            new QueryParameters().Add("m", memberId));
        var days = data["member"]!["days"]!.AsArray();

        Assert.Equal(memberId.ToString(System.Globalization.CultureInfo.InvariantCulture), data["member"]!["memberId"]!.GetValue<string>());
        Assert.Equal(raw, days.Select(d => (d!["date"]!.GetValue<string>(), d["workouts"]!.GetValue<int>(), d["sessions"]!.GetValue<int>(), d["checkIns"]!.GetValue<int>())).ToList());
    }

    [Fact]
    public async Task An_unknown_member_is_null()
    {
        var data = await api.QueryAsync("{ member(memberId: \"4000000000\") { memberId } }");

        Assert.Null(data["member"]);
    }

    [Theory]
    [InlineData("""{ performance { series(metric: STRAIN, range: { from: "2026-10-31", to: "2026-10-01" }) { grain } } }""", "range.to")]
    [InlineData("""{ performance { series(metric: STRAIN, range: { from: "2020-01-01", to: "2026-10-01" }) { grain } } }""", "range.to")]
    [InlineData("""{ performance(segment: { cohortMonths: ["2026-03-15"] }) { series(metric: STRAIN, range: { from: "2026-10-01", to: "2026-10-31" }) { grain } } }""", "segment.cohortMonths")]
    [InlineData("""{ performance { cohortSignals(range: { from: "2026-10-01", to: "2026-10-31" }, first: 0) { totalCount } } }""", "first")]
    [InlineData("""{ performance { cohortSignals(range: { from: "2026-10-01", to: "2026-10-31" }, after: "bm9wZQ==") { totalCount } } }""", "after")]
    [InlineData("""{ member(memberId: "abc") { memberId } }""", "memberId")]
    [InlineData("""{ member(memberId: "1") { days(range: { from: "2025-01-01", to: "2026-10-31" }) { date } } }""", "range")]
    public async Task Bad_input_is_a_BAD_USER_INPUT_error_naming_the_argument(string query, string argument)
    {
        var error = await api.ErrorAsync(query);

        Assert.Equal(argument, error["extensions"]!["argument"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_metric_or_grain_is_a_validation_error()
    {
        var response = await api.PostAsync("""{ performance { series(metric: HAPPINESS, range: { from: "2026-10-01", to: "2026-10-31" }, grain: YEAR) { grain } } }""");

        Assert.Equal(2, response["errors"]!.AsArray().Count);
        Assert.Null(response["data"]);
    }

    private async Task<Dictionary<DateOnly, (double Mean, long Members)>> RawDailyAsync(string measure, string segment)
    {
        var rows = await api.ClickHouse.QueryListAsync(
            $"""
            SELECT toDate(event_time) AS d, sumIf(toFloat64(value), {measure}) / countIf({measure}), uniqExact(member_id)
            FROM stg_member_events WHERE d BETWEEN '2026-10-20' AND '2026-10-31' {segment}
            GROUP BY d
            """,
            row => (Date: row.Get<DateOnly>(0), Mean: row.GetDouble(1), Members: (long)row.Get<ulong>(2)));
        return rows.ToDictionary(r => r.Date, r => (r.Mean, r.Members));
    }
}
