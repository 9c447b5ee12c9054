using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Performance;

/// <summary>
/// Performance signals read from the marts: <c>agg_cohort_daily</c> for segment and cohort averages,
/// <c>fct_member_day</c> for one member's days. Averages are ratios of summed sums and counts, so they
/// weigh every member-day equally whatever the period or segment.
/// </summary>
public sealed class PerformanceQueries(ClickHouseClient client, MetricDictionary dictionary)
{
    /// <summary>The most days one member's series may span.</summary>
    public const int MaxMemberDays = 366;

    /// <summary><c>sum(recovery_sum) AS recovery_sum, ...</c>: the mart columns the catalog's performance metrics divide (identifiers of the code).</summary>
    private static readonly string SummedColumns = string.Join(", ", MetricCatalog.PerformanceMetrics
        .SelectMany(metric => new[] { metric.Performance!.Numerator, metric.Performance.Denominator })
        .Where(column => column != PerformanceMeasure.MemberDays)
        .Distinct()
        .Select(column => $"sum({column}) AS {column}"));

    /// <summary>One metric per period of the range for the segment, gaps filled with null values.</summary>
    public async Task<MetricSeries> SeriesAsync(SegmentInput segment, CatalogMetric metric, DateRangeInput range, Grain grain, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(range);
        var (numerator, denominator) = metric.Performance ?? throw new ArgumentException($"{metric.Name} is not a performance metric.", nameof(metric));
        var definition = await dictionary.RequireAsync(metric, ct);
        var parameters = RangeParameters(range);
        var sql = $"""
            SELECT period, members, {numerator} AS numerator, {denominator} AS denominator
            FROM ({PeriodSums(segment, grain, parameters, byCohort: false)})
            """;
        var rows = await client.QueryListAsync(
            sql,
            row => (Period: row.Get<DateOnly>("period"), Members: row.GetInt64("members"), Numerator: row.GetDouble("numerator"), Denominator: row.GetDouble("denominator")),
            parameters, ct: ct);
        var found = rows.ToDictionary(r => r.Period);
        var points = Periods.Covering(range, grain).Select(start => found.TryGetValue(start, out var r)
            ? new MeasurePoint(start, r.Denominator > 0 ? r.Numerator / r.Denominator : null, r.Members)
            : new MeasurePoint(start, null, 0)).ToList();
        return new MetricSeries(definition, grain, points);
    }

    /// <summary>Per cohort month and period: active members and average signals, ordered by cohort then period, one page.</summary>
    public async Task<Connection<CohortSignal>> CohortSignalsAsync(SegmentInput segment, DateRangeInput range, Grain grain, PageRequest page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(page);
        var parameters = RangeParameters(range).Add("limit", page.First).Add("offset", page.Offset);
        var sums = PeriodSums(segment, grain, parameters, byCohort: true);
        var rows = await client.QueryListAsync(
            $$"""
            SELECT *, count() OVER () AS total FROM ({{sums}})
            ORDER BY cohort_month, period
            LIMIT {limit:UInt32} OFFSET {offset:UInt32}
            """,
            row => (Total: (int)row.GetUInt64("total"), Signal: new CohortSignal(
                row.Get<DateOnly>("cohort_month"),
                row.Get<DateOnly>("period"),
                row.GetInt64("members"),
                Ratio(row, MetricCatalog.RecoveryScore),
                Ratio(row, MetricCatalog.SleepHours),
                Ratio(row, MetricCatalog.Strain),
                Ratio(row, MetricCatalog.EngagementScore),
                Ratio(row, MetricCatalog.LowRecoveryRate))),
            parameters, ct: ct);
        var total = rows.Count > 0
            ? rows[0].Total
            : await client.ScalarAsync<int>($"SELECT toInt32(count()) FROM ({sums})", parameters, ct: ct);
        return page.Page(rows.Select(r => r.Signal).ToList(), total);
    }

    /// <summary>A member's attributes; null when the id is unknown.</summary>
    public async Task<MemberProfile?> MemberAsync(uint memberId, CancellationToken ct)
    {
        var parameters = new QueryParameters().Add("member", memberId);
        var rows = await client.QueryListAsync(
            $$"""
            SELECT member_id, cohort_month, plan_type, goal, acquisition_channel
            FROM dim_members FINAL
            WHERE member_id = {member:UInt32}{{SegmentFilter.Conditions(SegmentInput.All, parameters)}}
            """,
            row => new MemberProfile(
                row.Get<uint>(0).ToString(System.Globalization.CultureInfo.InvariantCulture),
                row.Get<DateOnly>(1),
                WarehouseValues.ToGraphQLName(row.GetString(2)),
                WarehouseValues.ToGraphQLName(row.GetString(3)),
                WarehouseValues.ToGraphQLName(row.GetString(4))),
            parameters, ct: ct);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>A member's days with data in the range, oldest first.</summary>
    public Task<IReadOnlyList<MemberDay>> MemberDaysAsync(uint memberId, DateRangeInput range, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(range);
        var parameters = RangeParameters(range).Add("member", memberId);
        return client.QueryListAsync(
            $$"""
            SELECT event_date,
                   if(sum(recovery_count) = 0, NULL, sum(recovery_sum) / sum(recovery_count)) AS recovery,
                   if(sum(sleep_count) = 0, NULL, sum(sleep_hours_sum) / sum(sleep_count)) AS sleep_hours,
                   if(sum(strain_count) = 0, NULL, sum(strain_sum) / sum(strain_count)) AS strain,
                   if(sum(resting_hr_count) = 0, NULL, sum(resting_hr_sum) / sum(resting_hr_count)) AS resting_heart_rate,
                   toFloat64(sum(engagement_points)) AS engagement_score,
                   sum(low_recovery_count) > 0 AS low_recovery,
                   toInt32(sum(workouts)) AS workouts, toInt32(sum(sessions)) AS sessions, toInt32(sum(check_ins)) AS check_ins
            FROM fct_member_day
            WHERE member_id = {member:UInt32} AND event_date BETWEEN {from:Date} AND {to:Date}{{SegmentFilter.Conditions(SegmentInput.All, parameters)}}
            GROUP BY event_date
            ORDER BY event_date
            """,
            row => new MemberDay(
                row.Get<DateOnly>(0),
                row.Get<double?>(1),
                row.Get<double?>(2),
                row.Get<double?>(3),
                row.Get<double?>(4),
                row.GetDouble(5),
                row.Get<bool>(6),
                row.GetInt32(7),
                row.GetInt32(8),
                row.GetInt32(9)),
            parameters, ct: ct);
    }

    private static QueryParameters RangeParameters(DateRangeInput range) => new QueryParameters().Add("from", range.From).Add("to", range.To);

    /// <summary>
    /// Per period (and cohort) sums over <c>agg_cohort_daily</c>: every mart column a performance metric of the catalog
    /// divides. The inner query merges each day's distinct-member states first (a union across segment keys, so
    /// exact), which makes member-days (distinct members per day, summed over the period) exact; the outer merge
    /// gives distinct members per period.
    /// </summary>
    private static string PeriodSums(SegmentInput segment, Grain grain, QueryParameters parameters, bool byCohort)
    {
        var cohort = byCohort ? ", cohort_month" : "";
        return $$"""
            SELECT {{Periods.Sql("event_date", grain)}} AS period{{cohort}},
                   uniqExactMerge(members_state) AS members,
                   sum(day_members) AS {{PerformanceMeasure.MemberDays}},
                   {{SummedColumns}}
            FROM
            (
                SELECT cohort_month, event_date,
                       uniqExactMergeState(active_members) AS members_state, uniqExactMerge(active_members) AS day_members,
                       {{SummedColumns}}
                FROM {{PerformanceMeasure.Mart}}
                WHERE event_date BETWEEN {from:Date} AND {to:Date}{{SegmentFilter.Conditions(segment, parameters)}}
                GROUP BY cohort_month, event_date
            )
            GROUP BY period{{cohort}}
            """;
    }

    private static double? Ratio(ClickHouseRow row, CatalogMetric metric)
    {
        var d = row.GetDouble(metric.Performance!.Denominator);
        return d > 0 ? row.GetDouble(metric.Performance.Numerator) / d : null;
    }
}
