using MemberInsights.ClickHouse;
using MemberInsights.Warehouse.Loading;
using MemberInsights.Warehouse.Tests.Support;

namespace MemberInsights.Warehouse.Tests.Loading;

[Collection(EmbeddedWarehouseCollection.Name)]
public sealed class IdempotentReloadTests(EmbeddedWarehouseFixture engine)
{
    private const string RawChecksum = """
        SELECT count(), sum(cityHash64(event_id, member_id, event_time, event_type, value, duration_minutes, cohort_month, plan_type, goal, acquisition_channel))
        FROM stg_member_events
        """;

    [Fact]
    public async Task An_overlapping_larger_reload_adds_only_what_is_new_and_matches_a_fresh_load()
    {
        await using var reloaded = await engine.CreateWarehouseAsync();
        await using var fresh = await engine.CreateWarehouseAsync();

        await Loads.RunAsync(reloaded.Client, Loads.Tiny(members: 120, days: 30));
        var second = await Loads.RunAsync(reloaded.Client, Loads.Tiny(members: 160, days: 40));
        await Loads.RunAsync(fresh.Client, Loads.Tiny(members: 160, days: 40));

        Assert.True(second.Events > 0);
        Assert.Equal(await ChecksumAsync(fresh.Client), await ChecksumAsync(reloaded.Client));
        Assert.Equal(0UL, await Loads.CountAsync(reloaded.Client, "SELECT count() FROM (SELECT event_id FROM stg_member_events GROUP BY event_id HAVING count() > 1)"));
        Assert.Equal(160UL, await Loads.CountAsync(reloaded.Client, "SELECT count() FROM dim_members FINAL"));
        Assert.Empty(await MartRecomputation.DifferencesAsync(reloaded.Client));
    }

    [Fact]
    public async Task Batches_sent_again_are_dropped_by_their_deduplication_tokens_in_raw_tables_and_every_view()
    {
        await using var warehouse = await engine.CreateWarehouseAsync();
        await Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 100, days: 20));
        var before = await ChecksumAsync(warehouse.Client);
        var bookings = await Loads.CountAsync(warehouse.Client, "SELECT count() FROM fct_class_attendance");

        // Forget what was loaded, as after a crash between the insert and its bookkeeping: every batch is generated and sent again.
        await warehouse.Client.ExecuteAsync("TRUNCATE TABLE load_batches");
        var again = await Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 100, days: 20));

        Assert.True(again.Events > 0, "the second load should have re-sent its batches");
        Assert.Equal(before, await ChecksumAsync(warehouse.Client));
        Assert.Equal(bookings, await Loads.CountAsync(warehouse.Client, "SELECT count() FROM fct_class_attendance"));
        Assert.Empty(await MartRecomputation.DifferencesAsync(warehouse.Client));
    }

    [Fact]
    public async Task A_resumed_load_writes_no_class_twice_and_the_inventory_counts_each_once()
    {
        await using var warehouse = await engine.CreateWarehouseAsync();
        await Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 30, days: 12));
        var classesPerDay = (ulong)(Generation.StudioNetwork.ClassesOn(new DateOnly(2026, 10, 1)).Count());

        // As after a load killed between its dimensions and its events: the classes are stored, the coverage is not.
        await warehouse.Client.ExecuteAsync("TRUNCATE TABLE load_batches");
        var resumed = await Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 30, days: 12));
        await Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 30, days: 15));

        Assert.True(resumed.Events > 0);
        Assert.Equal(15 * classesPerDay, await Loads.CountAsync(warehouse.Client, "SELECT count() FROM dim_classes"));
        Assert.Equal(15 * classesPerDay, await Loads.CountAsync(warehouse.Client, "SELECT row_count FROM model_inventory FINAL WHERE table_name = 'dim_classes'"));
        Assert.Empty(await MartRecomputation.DifferencesAsync(warehouse.Client));
    }

    [Fact]
    public async Task A_second_load_with_another_seed_is_refused()
    {
        await using var warehouse = await engine.CreateWarehouseAsync();
        await Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 10, days: 3));

        var error = await Assert.ThrowsAsync<LoadConflictException>(() => Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 10, days: 3, seed: 7)));

        Assert.Contains("seed 42", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task If_empty_skips_a_warehouse_that_holds_events()
    {
        await using var warehouse = await engine.CreateWarehouseAsync();
        await Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 10, days: 3));

        var report = await Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 50, days: 5), new() { IfEmpty = true });

        Assert.True(report.Skipped);
        Assert.Equal(10UL, await Loads.CountAsync(warehouse.Client, "SELECT count() FROM dim_members FINAL"));
    }

    private static async Task<(ulong Rows, ulong Hash)> ChecksumAsync(ClickHouseClient client) =>
        (await client.QueryListAsync(RawChecksum, r => (r.GetUInt64(0), r.GetUInt64(1)))).Single();
}
