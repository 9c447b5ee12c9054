using MemberInsights.Api.Common;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Growth;

/// <summary>
/// Growth and retention read from the marts: sign-ups and subscriptions from <c>dim_members</c>, activity from
/// <c>agg_cohort_daily</c> (distinct members per period), <c>agg_member_lifecycle</c> (member x month) and
/// <c>fct_member_day</c> (member x day). Every series has one point per period of the range.
/// </summary>
public sealed class GrowthQueries(ClickHouseClient client)
{
    /// <summary>The newest and oldest days with activity: what retention can observe.</summary>
    private const string DataFirstDay = "(SELECT min(event_date) FROM agg_cohort_daily)";
    private const string DataLastDay = "(SELECT max(event_date) FROM agg_cohort_daily)";

    /// <summary>Members who joined per period.</summary>
    public async Task<IReadOnlyList<CountPoint>> NewMembersAsync(SegmentInput segment, DateRangeInput range, Grain grain, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(range);
        var parameters = RangeParameters(range);
        var counts = await CountsAsync(
            $$"""
            SELECT {{Periods.Sql("joined_date", grain)}} AS period, count() AS n
            FROM dim_members FINAL
            WHERE joined_date BETWEEN {from:Date} AND {to:Date}{{SegmentFilter.Conditions(segment, parameters)}}
            GROUP BY period
            """, parameters, ct);
        return Periods.Fill(range, grain, counts, (date, n) => new CountPoint(date, n));
    }

    /// <summary>Distinct active members per period: DAU for days, WAU for ISO weeks, MAU for calendar months (periods clipped to the range).</summary>
    public async Task<IReadOnlyList<CountPoint>> ActiveMembersAsync(SegmentInput segment, DateRangeInput range, Grain grain, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(range);
        var parameters = RangeParameters(range);
        var counts = await CountsAsync(
            $$"""
            SELECT {{Periods.Sql("event_date", grain)}} AS period, toUInt64(uniqExactMerge(active_members)) AS n
            FROM agg_cohort_daily
            WHERE event_date BETWEEN {from:Date} AND {to:Date}{{SegmentFilter.Conditions(segment, parameters)}}
            GROUP BY period
            """, parameters, ct);
        return Periods.Fill(range, grain, counts, (date, n) => new CountPoint(date, n));
    }

    /// <summary>
    /// For each cohort month in <paramref name="cohorts"/>: its size and, for every month since joining up to
    /// <paramref name="maxMonthsSinceJoin"/> that the data covers, the members active in it (0 when none).
    /// </summary>
    public async Task<RetentionMatrix> RetentionMatrixAsync(SegmentInput segment, DateRangeInput cohorts, int maxMonthsSinceJoin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        var parameters = CohortParameters(cohorts).Add("max_months", maxMonthsSinceJoin);
        var members = $$"""
            SELECT member_id, cohort_month FROM dim_members FINAL
            WHERE cohort_month BETWEEN {cohort_from:Date} AND {cohort_to:Date}{{SegmentFilter.Conditions(segment, parameters)}}
            """;
        var sizes = await client.QueryListAsync(
            $"SELECT cohort_month, count() AS size FROM ({members}) GROUP BY cohort_month ORDER BY cohort_month",
            row => (Cohort: row.Get<DateOnly>(0), Size: (long)row.Get<ulong>(1)), parameters, ct: ct);
        var active = await client.QueryListAsync(
            $$"""
            SELECT m.cohort_month AS cohort_month, toInt32(dateDiff('month', m.cohort_month, l.activity_month)) AS k, uniqExact(l.member_id) AS n
            FROM agg_member_lifecycle AS l
            INNER JOIN ({{members}}) AS m ON l.member_id = m.member_id
            WHERE k BETWEEN 0 AND {max_months:Int32}
            GROUP BY cohort_month, k
            """,
            row => (Cohort: row.Get<DateOnly>(0), Months: row.GetInt32(1), Active: (long)row.Get<ulong>(2)),
            parameters, ct: ct);
        var window = await DataMonthsAsync(ct);
        var found = active.ToDictionary(a => (a.Cohort, a.Months), a => a.Active);
        var rows = sizes.Select(cohort => new RetentionCohort(
            cohort.Cohort,
            cohort.Size,
            Enumerable.Range(0, maxMonthsSinceJoin + 1)
                .Where(k => window is { } w && cohort.Cohort.AddMonths(k) >= w.First && cohort.Cohort.AddMonths(k) <= w.Last)
                .Select(k =>
                {
                    var n = found.GetValueOrDefault((cohort.Cohort, k));
                    return new RetentionCell(k, n, (double)n / cohort.Size);
                })
                .ToList())).ToList();
        return new RetentionMatrix(rows);
    }

    /// <summary>Day-N retention of the members of the cohort months, for N = 0..<paramref name="maxDays"/>.</summary>
    public async Task<IReadOnlyList<RetentionCurvePoint>> RetentionCurveAsync(SegmentInput segment, DateRangeInput cohorts, int maxDays, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        var parameters = CohortParameters(cohorts).Add("max_days", maxDays);
        var members = $$"""
            SELECT member_id, joined_date FROM dim_members FINAL
            WHERE cohort_month BETWEEN {cohort_from:Date} AND {cohort_to:Date}{{SegmentFilter.Conditions(segment, parameters)}}
            """;
        var rows = await client.QueryListAsync(
            $$"""
            SELECT e.n AS day, e.eligible AS eligible, r.retained AS retained
            FROM
            (
                SELECT toInt32(n) AS n, countIf(joined_date + n BETWEEN {{DataFirstDay}} AND {{DataLastDay}}) AS eligible
                FROM ({{members}}) ARRAY JOIN range(0, {max_days:Int32} + 1) AS n
                GROUP BY n
            ) AS e
            LEFT JOIN
            (
                SELECT toInt32(dateDiff('day', m.joined_date, f.event_date)) AS n, uniqExact(f.member_id) AS retained
                FROM fct_member_day AS f
                INNER JOIN ({{members}}) AS m ON f.member_id = m.member_id
                WHERE f.event_date BETWEEN m.joined_date AND m.joined_date + {max_days:Int32}
                GROUP BY n
            ) AS r ON e.n = r.n
            ORDER BY day
            """,
            row => (Day: row.GetInt32(0), Eligible: (long)row.Get<ulong>(1), Retained: (long)row.Get<ulong>(2)),
            parameters, ct: ct);
        var found = rows.ToDictionary(r => r.Day);
        return Enumerable.Range(0, maxDays + 1).Select(day =>
        {
            var (_, eligible, retained) = found.GetValueOrDefault(day);
            return new RetentionCurvePoint(day, eligible, retained, eligible == 0 ? null : (double)retained / eligible);
        }).ToList();
    }

    /// <summary>
    /// Per period of joining: members who joined in it and could be observed 30 days later (denominator), and
    /// those of them active on day 30 after joining or later (numerator).
    /// </summary>
    public async Task<IReadOnlyList<RatePoint>> ThirtyDayRetentionAsync(SegmentInput segment, DateRangeInput range, Grain grain, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(range);
        var parameters = RangeParameters(range);
        var rows = await client.QueryListAsync(
            $$"""
            SELECT {{Periods.Sql("m.joined_date", grain)}} AS period, count() AS eligible, countIf(l.last_active >= m.joined_date + 30) AS retained
            FROM
            (
                SELECT member_id, joined_date FROM dim_members FINAL
                WHERE joined_date BETWEEN {from:Date} AND {to:Date} AND joined_date + 30 <= {{DataLastDay}}{{SegmentFilter.Conditions(segment, parameters)}}
            ) AS m
            LEFT JOIN (SELECT member_id, max(last_active_date) AS last_active FROM agg_member_lifecycle GROUP BY member_id) AS l
                ON m.member_id = l.member_id
            GROUP BY period
            """,
            row => (Period: row.Get<DateOnly>(0), Eligible: (long)row.Get<ulong>(1), Retained: (long)row.Get<ulong>(2)),
            parameters, ct: ct);
        var found = rows.ToDictionary(r => r.Period);
        return Periods.Covering(range, grain).Select(start => found.TryGetValue(start, out var r)
            ? RatePoint.Of(start, r.Retained, r.Eligible)
            : RatePoint.Of(start, 0, 0)).ToList();
    }

    /// <summary>Billing churn per period: members who cancelled in it over members subscribed at its start.</summary>
    public async Task<IReadOnlyList<RatePoint>> ChurnAsync(SegmentInput segment, DateRangeInput range, Grain grain, CancellationToken ct) =>
        (await SubscriptionsAsync(segment, range, grain, ct)).Select(p => RatePoint.Of(p.Date, p.Churned, p.SubscribedAtStart)).ToList();

    /// <summary>Subscription continuity per period: members subscribed at its start and end over those subscribed at its start.</summary>
    public async Task<IReadOnlyList<RatePoint>> SubscriptionContinuityAsync(SegmentInput segment, DateRangeInput range, Grain grain, CancellationToken ct) =>
        (await SubscriptionsAsync(segment, range, grain, ct)).Select(p => RatePoint.Of(p.Date, p.Continued, p.SubscribedAtStart)).ToList();

    /// <summary>
    /// Lifecycle states per period: new (active, joined in it), returning (active in it and the previous one),
    /// resurrected (active, not in the previous one, joined earlier) and dormant (active in the previous one, not in it).
    /// </summary>
    public async Task<IReadOnlyList<LifecyclePoint>> LifecycleAsync(SegmentInput segment, DateRangeInput range, Grain grain, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(range);
        var starts = Periods.Covering(range, grain);
        var previous = starts.Select(s => Previous(s, grain)).ToArray();
        var parameters = new QueryParameters()
            .Add("starts", starts.ToArray())
            .Add("previous", previous)
            .Add("activity_from", previous[0])
            .Add("to", range.To);
        var activity = grain == Grain.Month
            ? "SELECT member_id, activity_month AS period FROM agg_member_lifecycle WHERE activity_month BETWEEN {activity_from:Date} AND {to:Date}"
            : $"SELECT member_id, {Periods.Sql("event_date", grain)} AS period FROM fct_member_day WHERE event_date BETWEEN {{activity_from:Date}} AND {{to:Date}}";
        var rows = await client.QueryListAsync(
            $$"""
            SELECT p, countIf(active AND joined_period = p) AS new, countIf(active AND was_active) AS returning,
                   countIf(active AND NOT was_active AND joined_period < p) AS resurrected, countIf(was_active AND NOT active) AS dormant
            FROM
            (
                SELECT p, has(periods, p) AS active, has(periods, pp) AS was_active, joined_period
                FROM
                (
                    SELECT a.periods AS periods, {{Periods.Sql("m.joined_date", grain)}} AS joined_period
                    FROM (SELECT member_id, groupUniqArray(period) AS periods FROM ({{activity}}) GROUP BY member_id) AS a
                    INNER JOIN (SELECT member_id, joined_date FROM dim_members FINAL WHERE 1 = 1{{SegmentFilter.Conditions(segment, parameters)}}) AS m
                        ON a.member_id = m.member_id
                )
                ARRAY JOIN {starts:Array(Date)} AS p, {previous:Array(Date)} AS pp
            )
            GROUP BY p
            """,
            row => new LifecyclePoint(row.Get<DateOnly>(0), (long)row.Get<ulong>(1), (long)row.Get<ulong>(2), (long)row.Get<ulong>(3), (long)row.Get<ulong>(4)),
            parameters, ct: ct);
        var found = rows.ToDictionary(r => r.Date);
        return starts.Select(start => found.GetValueOrDefault(start) ?? new LifecyclePoint(start, 0, 0, 0, 0)).ToList();
    }

    private async Task<IReadOnlyList<SubscriptionPoint>> SubscriptionsAsync(SegmentInput segment, DateRangeInput range, Grain grain, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(range);
        var starts = Periods.Covering(range, grain);
        var windowStarts = starts.Select(s => s < range.From ? range.From : s).ToArray();
        var windowEnds = starts.Select(s => Periods.Next(s, grain).AddDays(-1)).Select(e => e > range.To ? range.To : e).ToArray();
        var parameters = new QueryParameters().Add("starts", windowStarts).Add("ends", windowEnds).Add("to", range.To);
        var rows = await client.QueryListAsync(
            $$"""
            SELECT p_start, countIf({{Subscribed("p_start")}}) AS subscribed,
                   countIf({{Subscribed("p_start")}} AND churned_date BETWEEN p_start AND p_end) AS churned,
                   countIf({{Subscribed("p_start")}} AND {{Subscribed("p_end")}}) AS continued
            FROM (SELECT joined_date, churned_date, reactivated_date FROM dim_members FINAL WHERE joined_date <= {to:Date}{{SegmentFilter.Conditions(segment, parameters)}})
            ARRAY JOIN {starts:Array(Date)} AS p_start, {ends:Array(Date)} AS p_end
            GROUP BY p_start
            """,
            row => (Start: row.Get<DateOnly>(0), Subscribed: (long)row.Get<ulong>(1), Churned: (long)row.Get<ulong>(2), Continued: (long)row.Get<ulong>(3)),
            parameters, ct: ct);
        var found = rows.ToDictionary(r => r.Start);
        return starts.Select((start, i) => found.TryGetValue(windowStarts[i], out var r)
            ? new SubscriptionPoint(start, r.Subscribed, r.Churned, r.Continued)
            : new SubscriptionPoint(start, 0, 0, 0)).ToList();
    }

    /// <summary>Whether a member is subscribed on the day <paramref name="day"/> (joined, and not in a churned gap).</summary>
    private static string Subscribed(string day) =>
        $"(joined_date <= {day} AND (churned_date IS NULL OR {day} < churned_date OR (reactivated_date IS NOT NULL AND {day} >= reactivated_date)))";

    private async Task<(DateOnly First, DateOnly Last)?> DataMonthsAsync(CancellationToken ct)
    {
        var rows = await client.QueryListAsync(
            "SELECT count() AS days, toStartOfMonth(min(event_date)) AS first, toStartOfMonth(max(event_date)) AS last FROM agg_cohort_daily",
            row => (Days: row.Get<ulong>(0), First: row.Get<DateOnly>(1), Last: row.Get<DateOnly>(2)), ct: ct);
        return rows[0].Days == 0 ? null : (rows[0].First, rows[0].Last);
    }

    private async Task<IReadOnlyDictionary<DateOnly, long>> CountsAsync(string sql, QueryParameters parameters, CancellationToken ct) =>
        (await client.QueryListAsync(sql, row => (Period: row.Get<DateOnly>(0), Count: (long)row.Get<ulong>(1)), parameters, ct: ct))
            .ToDictionary(r => r.Period, r => r.Count);

    private static DateOnly Previous(DateOnly start, Grain grain) => grain switch
    {
        Grain.Day => start.AddDays(-1),
        Grain.Week => start.AddDays(-7),
        _ => start.AddMonths(-1),
    };

    private static QueryParameters RangeParameters(DateRangeInput range) => new QueryParameters().Add("from", range.From).Add("to", range.To);

    private static QueryParameters CohortParameters(DateRangeInput cohorts) => new QueryParameters()
        .Add("cohort_from", Periods.Start(cohorts.From, Grain.Month))
        .Add("cohort_to", cohorts.To);

    private sealed record SubscriptionPoint(DateOnly Date, long SubscribedAtStart, long Churned, long Continued);
}
