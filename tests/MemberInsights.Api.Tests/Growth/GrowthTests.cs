using System.Globalization;
using System.Text.Json.Nodes;
using MemberInsights.Api.Tests.Support;

namespace MemberInsights.Api.Tests.Growth;

/// <summary>Growth and retention over the tiny data set (300 members; telemetry 2026-09-17 to 2026-10-31), checked against the raw tables.</summary>
[Collection(TinyApiCollection.Name)]
public sealed class GrowthTests(ApiFactory api)
{
    private static readonly DateOnly DataFirst = new(2026, 9, 17);
    private static readonly DateOnly DataLast = new(2026, 10, 31);

    [Fact]
    public async Task New_members_per_month_count_sign_ups_with_empty_months_as_zero()
    {
        var data = await api.QueryAsync("""{ growth { newMembers(range: { from: "2024-09-01", to: "2026-10-31" }, grain: MONTH) { date value } } }""");
        var members = await MembersAsync();
        var points = data["growth"]!["newMembers"]!.AsArray();

        Assert.Equal(26, points.Count);
        foreach (var point in points)
        {
            var month = Date(point!["date"]);
            Assert.Equal(members.Count(m => m.Joined.Year == month.Year && m.Joined.Month == month.Month), point["value"]!.GetValue<long>());
        }

        Assert.Equal(members.Count(m => m.Joined >= new DateOnly(2024, 9, 1)), points.Sum(p => p!["value"]!.GetValue<long>()));
    }

    [Theory]
    [InlineData("DAY", "2026-10-25", "2026-10-31")]
    [InlineData("WEEK", "2026-10-01", "2026-10-31")]
    [InlineData("MONTH", "2026-09-01", "2026-10-31")]
    public async Task Active_members_are_the_distinct_members_with_events_in_each_period_clipped_to_the_range(string grain, string from, string to)
    {
        var data = await api.QueryAsync(
            "query($range: DateRangeInput!, $grain: Grain!) { growth { activeMembers(range: $range, grain: $grain) { date value } } }",
            new { range = new { from, to }, grain });
        var activity = await ActivityAsync();
        var (first, last) = (DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture));

        foreach (var point in data["growth"]!["activeMembers"]!.AsArray())
        {
            var start = Date(point!["date"]);
            var end = grain switch { "DAY" => start, "WEEK" => start.AddDays(6), _ => start.AddMonths(1).AddDays(-1) };
            var expected = activity.Where(a => a.Day >= Max(start, first) && a.Day <= Min(end, last)).Select(a => a.Member).Distinct().Count();
            Assert.Equal(expected, point["value"]!.GetValue<long>());
        }
    }

    [Fact]
    public async Task The_retention_matrix_counts_each_cohort_s_members_active_in_each_covered_month()
    {
        var data = await api.QueryAsync("""
            { growth { retentionMatrix(cohorts: { from: "2026-06-01", to: "2026-10-31" }, maxMonthsSinceJoin: 6) {
                cohorts { cohortMonth size months { monthsSinceJoin activeMembers rate } } } } }
            """);
        var members = await MembersAsync();
        var activity = await ActivityAsync();
        var cohorts = data["growth"]!["retentionMatrix"]!["cohorts"]!.AsArray();

        Assert.Equal(["2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01"], cohorts.Select(c => c!["cohortMonth"]!.GetValue<string>()));
        foreach (var cohort in cohorts)
        {
            var month = Date(cohort!["cohortMonth"]);
            var ids = members.Where(m => m.Cohort == month).Select(m => m.Id).ToHashSet();
            Assert.Equal(ids.Count, cohort["size"]!.GetValue<long>());
            var cells = cohort["months"]!.AsArray();
            var covered = Enumerable.Range(0, 7).Where(k => month.AddMonths(k) >= new DateOnly(2026, 9, 1) && month.AddMonths(k) <= new DateOnly(2026, 10, 1)).ToList();
            Assert.Equal(covered, cells.Select(c => c!["monthsSinceJoin"]!.GetValue<int>()));
            foreach (var cell in cells)
            {
                var activeMonth = month.AddMonths(cell!["monthsSinceJoin"]!.GetValue<int>());
                var active = activity.Where(a => ids.Contains(a.Member) && a.Day.Year == activeMonth.Year && a.Day.Month == activeMonth.Month)
                    .Select(a => a.Member).Distinct().Count();
                Assert.Equal(active, cell["activeMembers"]!.GetValue<long>());
                Assert.Equal((double)active / ids.Count, cell["rate"]!.GetValue<double>(), 12);
            }
        }
    }

    [Fact]
    public async Task Day_N_retention_counts_members_active_N_days_after_joining_among_those_observable_on_day_N()
    {
        var data = await api.QueryAsync("""{ growth { retentionCurve(cohorts: { from: "2026-09-01", to: "2026-10-31" }, maxDays: 30) { day eligibleMembers retainedMembers rate } } }""");
        var members = (await MembersAsync()).Where(m => m.Cohort >= new DateOnly(2026, 9, 1)).ToList();
        var active = (await ActivityAsync()).ToHashSet();
        var points = data["growth"]!["retentionCurve"]!.AsArray();

        Assert.Equal(31, points.Count);
        foreach (var point in points)
        {
            var day = point!["day"]!.GetValue<int>();
            var eligible = members.Where(m => m.Joined.AddDays(day) >= DataFirst && m.Joined.AddDays(day) <= DataLast).ToList();
            Assert.Equal(eligible.Count, point["eligibleMembers"]!.GetValue<long>());
            Assert.Equal(members.Count(m => active.Contains((m.Id, m.Joined.AddDays(day)))), point["retainedMembers"]!.GetValue<long>());
        }
    }

    [Fact]
    public async Task Thirty_day_retention_takes_members_observable_30_days_after_joining()
    {
        var data = await api.QueryAsync("""{ growth { thirtyDayRetention(range: { from: "2026-09-01", to: "2026-10-31" }, grain: MONTH) { date value numerator denominator } } }""");
        var members = await MembersAsync();
        var activity = await ActivityAsync();
        var lastActive = activity.GroupBy(a => a.Member).ToDictionary(g => g.Key, g => g.Max(a => a.Day));
        var points = data["growth"]!["thirtyDayRetention"]!.AsArray();

        foreach (var point in points)
        {
            var month = Date(point!["date"]);
            var eligible = members.Where(m => m.Cohort == month && m.Joined.AddDays(30) <= DataLast).ToList();
            Assert.Equal(eligible.Count, point["denominator"]!.GetValue<long>());
            var retained = eligible.Count(m => lastActive.TryGetValue(m.Id, out var last) && last >= m.Joined.AddDays(30));
            Assert.Equal(retained, point["numerator"]!.GetValue<long>());
            Assert.Equal(eligible.Count == 0 ? null : (double)retained / eligible.Count, point["value"]?.GetValue<double>());
        }
    }

    [Fact]
    public async Task Churn_and_continuity_follow_the_subscription_dates()
    {
        var data = await api.QueryAsync("""
            { growth {
                churn(range: { from: "2026-01-01", to: "2026-10-31" }, grain: MONTH) { date numerator denominator value }
                subscriptionContinuity(range: { from: "2026-01-01", to: "2026-10-31" }, grain: MONTH) { date numerator denominator }
            } }
            """);
        var members = await MembersAsync();
        var churn = data["growth"]!["churn"]!.AsArray();
        var continuity = data["growth"]!["subscriptionContinuity"]!.AsArray();

        Assert.Equal(10, churn.Count);
        for (var i = 0; i < churn.Count; i++)
        {
            var start = Date(churn[i]!["date"]);
            var end = start.AddMonths(1).AddDays(-1);
            var subscribed = members.Where(m => m.SubscribedOn(start)).ToList();
            Assert.Equal(subscribed.Count, churn[i]!["denominator"]!.GetValue<long>());
            Assert.Equal(subscribed.Count(m => m.Churned >= start && m.Churned <= end), churn[i]!["numerator"]!.GetValue<long>());
            Assert.Equal(subscribed.Count(m => m.SubscribedOn(end)), continuity[i]!["numerator"]!.GetValue<long>());
        }

        Assert.Contains(churn, p => p!["numerator"]!.GetValue<long>() > 0);
    }

    [Theory]
    [InlineData("WEEK")]
    [InlineData("MONTH")]
    public async Task Lifecycle_states_classify_members_by_activity_in_the_period_and_the_previous_one(string grain)
    {
        var data = await api.QueryAsync(
            """query($grain: Grain!) { growth { lifecycle(range: { from: "2026-09-14", to: "2026-10-31" }, grain: $grain) { date new returning resurrected dormant } } }""",
            new { grain });
        var members = (await MembersAsync()).ToDictionary(m => m.Id);
        Func<DateOnly, DateOnly> period = grain == "WEEK" ? d => d.AddDays(-(((int)d.DayOfWeek + 6) % 7)) : d => new DateOnly(d.Year, d.Month, 1);
        Func<DateOnly, DateOnly> previous = grain == "WEEK" ? d => d.AddDays(-7) : d => d.AddMonths(-1);
        var active = (await ActivityAsync()).Select(a => (a.Member, Period: period(a.Day))).ToHashSet();
        var points = data["growth"]!["lifecycle"]!.AsArray();

        foreach (var point in points)
        {
            var p = Date(point!["date"]);
            var pp = previous(p);
            var now = members.Keys.Where(id => active.Contains((id, p))).ToList();
            var before = members.Keys.Where(id => active.Contains((id, pp))).ToHashSet();
            Assert.Equal(now.Count(id => period(members[id].Joined) == p), point["new"]!.GetValue<long>());
            Assert.Equal(now.Count(before.Contains), point["returning"]!.GetValue<long>());
            Assert.Equal(now.Count(id => !before.Contains(id) && period(members[id].Joined) < p), point["resurrected"]!.GetValue<long>());
            Assert.Equal(before.Count(id => !now.Contains(id)), point["dormant"]!.GetValue<long>());
        }
    }

    [Fact]
    public async Task Every_growth_field_slices_by_segment_and_matches_its_snapshot()
    {
        var data = await api.QueryAsync("""
            {
              growth(segment: { planTypes: [ANNUAL, MONTHLY], acquisitionChannels: [ORGANIC, REFERRAL, PAID_SOCIAL] }) {
                newMembers(range: { from: "2026-05-01", to: "2026-10-31" }) { date value }
                activeMembers(range: { from: "2026-10-01", to: "2026-10-31" }, grain: WEEK) { date value }
                retentionMatrix(cohorts: { from: "2026-08-01", to: "2026-10-31" }, maxMonthsSinceJoin: 3) { cohorts { cohortMonth size months { monthsSinceJoin activeMembers rate } } }
                retentionCurve(cohorts: { from: "2026-09-01", to: "2026-09-30" }, maxDays: 7) { day eligibleMembers retainedMembers rate }
                thirtyDayRetention(range: { from: "2026-09-01", to: "2026-10-31" }) { date value numerator denominator }
                subscriptionContinuity(range: { from: "2026-07-01", to: "2026-10-31" }) { date value numerator denominator }
                churn(range: { from: "2026-07-01", to: "2026-10-31" }) { date value numerator denominator }
                lifecycle(range: { from: "2026-09-01", to: "2026-10-31" }) { date new returning resurrected dormant }
              }
            }
            """);
        var all = await api.QueryAsync("""{ growth { newMembers(range: { from: "2026-05-01", to: "2026-10-31" }) { value } } }""");

        Assert.True(
            data["growth"]!["newMembers"]!.AsArray().Sum(p => p!["value"]!.GetValue<long>())
            < all["growth"]!["newMembers"]!.AsArray().Sum(p => p!["value"]!.GetValue<long>()));
        ResponseSnapshot.Match("growth-segment", data);
    }

    [Theory]
    [InlineData("""{ growth { newMembers(range: { from: "2026-10-31", to: "2026-10-01" }) { value } } }""", "range.to")]
    [InlineData("""{ growth { retentionMatrix(cohorts: { from: "2026-01-01", to: "2026-10-31" }, maxMonthsSinceJoin: 99) { cohorts { size } } } }""", "maxMonthsSinceJoin")]
    [InlineData("""{ growth { retentionCurve(cohorts: { from: "2026-01-01", to: "2026-10-31" }, maxDays: -1) { day } } }""", "maxDays")]
    [InlineData("""{ growth { retentionCurve(cohorts: { from: "2026-10-31", to: "2026-01-01" }) { day } } }""", "cohorts.to")]
    [InlineData("""{ growth(segment: { cohortMonths: ["2026-02-30"] }) { churn(range: { from: "2026-01-01", to: "2026-10-31" }) { value } } }""", "")]
    [InlineData("""{ growth(segment: { cohortMonths: ["2026-02-02"] }) { churn(range: { from: "2026-01-01", to: "2026-10-31" }) { value } } }""", "segment.cohortMonths")]
    public async Task Bad_input_is_a_BAD_USER_INPUT_error(string query, string argument)
    {
        var response = await api.PostAsync(query);
        var error = response["errors"]![0]!;

        if (argument.Length == 0)
        {
            Assert.Null(response["data"]);
            Assert.Contains("Date", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
            Assert.Equal(argument, error["extensions"]!["argument"]!.GetValue<string>());
        }
    }

    private static DateOnly Date(JsonNode? node) => DateOnly.Parse(node!.GetValue<string>(), CultureInfo.InvariantCulture);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private Task<IReadOnlyList<MemberRow>> MembersAsync() => api.ClickHouse.QueryListAsync(
        "SELECT member_id, argMax(joined_date, updated_at), argMax(cohort_month, updated_at), argMax(churned_date, updated_at), argMax(reactivated_date, updated_at) FROM dim_members GROUP BY member_id",
        row => new MemberRow(row.Get<uint>(0), row.Get<DateOnly>(1), row.Get<DateOnly>(2), row.Get<DateOnly?>(3), row.Get<DateOnly?>(4)));

    private async Task<IReadOnlyList<(uint Member, DateOnly Day)>> ActivityAsync() => await api.ClickHouse.QueryListAsync(
        "SELECT DISTINCT member_id, toDate(event_time) FROM stg_member_events",
        row => (row.Get<uint>(0), row.Get<DateOnly>(1)));

    private sealed record MemberRow(uint Id, DateOnly Joined, DateOnly Cohort, DateOnly? Churned, DateOnly? Reactivated)
    {
        public bool SubscribedOn(DateOnly day) =>
            Joined <= day && (Churned is not { } churned || day < churned || (Reactivated is { } back && day >= back));
    }
}
