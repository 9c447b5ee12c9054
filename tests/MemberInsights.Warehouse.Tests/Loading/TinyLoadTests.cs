using MemberInsights.Warehouse.Tests.Support;

namespace MemberInsights.Warehouse.Tests.Loading;

[Collection(EmbeddedWarehouseCollection.Name)]
public sealed class TinyLoadTests(EmbeddedWarehouseFixture engine)
{
    [Fact]
    public async Task Every_mart_equals_an_independent_recomputation_from_the_raw_tables()
    {
        await using var warehouse = await engine.CreateWarehouseAsync();

        var report = await Loads.RunAsync(warehouse.Client, Loads.Tiny());

        Assert.True(report.Events > 10_000, $"only {report.Events} events");
        Assert.True(report.Batches > 1, "the load should span several inserts so member-days of one member are split across blocks");
        Assert.Empty(await MartRecomputation.DifferencesAsync(warehouse.Client));
        Assert.All(report.Checks, c => Assert.True(c.Passed, $"{c.Name}: {c.Details}"));
    }

    [Fact]
    public async Task Load_batches_count_every_generated_event_per_day_check_ins_included()
    {
        await using var warehouse = await engine.CreateWarehouseAsync();
        await Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 120, days: 20), new() { MemberDaysPerBatch = 500, RunChecks = false });

        var differences = await warehouse.Client.QueryListAsync(
            """
            SELECT d, recorded, stored FROM
                (SELECT event_date AS d, sum(events) AS recorded FROM load_batches FINAL GROUP BY event_date) AS b
                FULL OUTER JOIN (SELECT toDate(event_time) AS d, count() AS stored FROM stg_member_events GROUP BY d) AS e USING (d)
            WHERE recorded != stored
            """,
            r => $"{r.GetDateOnly(0):yyyy-MM-dd}: recorded {r.GetUInt64(1)}, stored {r.GetUInt64(2)}");

        Assert.True(await Loads.CountAsync(warehouse.Client, "SELECT count() FROM stg_member_events WHERE event_type = 'check_in'") > 0, "the load should hold check-ins");
        Assert.Empty(differences);
    }

    [Fact]
    public async Task A_member_day_split_across_two_inserts_still_gives_correct_marts()
    {
        await using var warehouse = await engine.CreateWarehouseAsync();
        await Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 40, days: 10));

        // Late events for member-days already loaded, in a separate insert: the fact and marts get partial rows to combine.
        await warehouse.Client.ExecuteAsync("""
            INSERT INTO stg_member_events (event_id, member_id, event_time, event_type, value, duration_minutes, cohort_month, plan_type, goal, acquisition_channel, source)
            SELECT generateUUIDv4(), member_id, event_time + INTERVAL 1 MINUTE, 'session', 0, 5, cohort_month, plan_type, goal, acquisition_channel, 'late'
            FROM stg_member_events WHERE event_type = 'recovery' LIMIT 100
            """);
        await warehouse.Client.ExecuteAsync("""
            INSERT INTO stg_member_events (event_id, member_id, event_time, event_type, value, duration_minutes, cohort_month, plan_type, goal, acquisition_channel, source)
            SELECT generateUUIDv4(), member_id, event_time + INTERVAL 2 MINUTE, 'recovery', 20, 0, cohort_month, plan_type, goal, acquisition_channel, 'late'
            FROM stg_member_events WHERE event_type = 'sleep' AND source = 'generator' LIMIT 50
            """);

        Assert.Equal(150UL, await Loads.CountAsync(warehouse.Client, "SELECT count() FROM stg_member_events WHERE source = 'late'"));
        Assert.Empty(await MartRecomputation.DifferencesAsync(warehouse.Client));
    }

    [Fact]
    public async Task The_recomputation_notices_a_mart_row_that_raw_data_does_not_support()
    {
        await using var warehouse = await engine.CreateWarehouseAsync();
        await Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 20, days: 5));

        await warehouse.Client.ExecuteAsync("INSERT INTO agg_class_daily (class_date, location_id, instructor_id, class_type, bookings) VALUES ('2026-10-31', 1, 1, 'spin', 1)");

        Assert.Contains(await MartRecomputation.DifferencesAsync(warehouse.Client), d => d.StartsWith("agg_class_daily", StringComparison.Ordinal));
    }
}
