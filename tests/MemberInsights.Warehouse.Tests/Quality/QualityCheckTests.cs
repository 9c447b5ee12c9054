using MemberInsights.Testing;
using MemberInsights.Warehouse.Operations;
using MemberInsights.Warehouse.Quality;
using MemberInsights.Warehouse.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace MemberInsights.Warehouse.Tests.Quality;

[Collection(EmbeddedWarehouseCollection.Name)]
public sealed class QualityCheckTests(EmbeddedWarehouseFixture engine)
{
    [Fact]
    public async Task A_load_records_its_steps_and_passing_checks_in_the_run_log()
    {
        await using var warehouse = await engine.CreateWarehouseAsync();

        var report = await Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 30, days: 5));

        var steps = await warehouse.Client.QueryListAsync(
            "SELECT step, status FROM pipeline_run_log WHERE run_id = {run:UUID} ORDER BY started_at",
            r => (Step: r.GetString(0), Status: r.GetString(1)), new ClickHouse.QueryParameters().Add("run", report.RunId));
        Assert.Contains(("events", "succeeded"), steps);
        Assert.Contains(("run", "succeeded"), steps);
        Assert.Equal(WarehouseChecks.All.Count, steps.Count(s => s.Step.StartsWith("check:", StringComparison.Ordinal) && s.Status == "passed"));
        Assert.Contains(report.Inventory, t => t.TableName == "fct_member_day" && t.RowCount > 0 && t.Grain.Contains("member per day", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_rows_fail_the_checks_that_guard_against_them_and_the_failures_are_recorded()
    {
        await using var warehouse = await engine.CreateWarehouseAsync();
        await Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 30, days: 5));
        await warehouse.Client.ExecuteAsync("""
            INSERT INTO stg_member_events (event_id, member_id, event_time, event_type, value, duration_minutes, cohort_month, plan_type, goal, acquisition_channel, source)
            VALUES (generateUUIDv4(), 999999, now64(3) + INTERVAL 2 DAY, 'recovery', 140, 0, '2026-01-01', 'monthly', 'sleep', 'organic', 'test')
            """);
        await warehouse.Client.ExecuteAsync("""
            INSERT INTO stg_member_events (event_id, member_id, event_time, event_type, value, duration_minutes, cohort_month, plan_type, goal, acquisition_channel, source)
            SELECT event_id, member_id, event_time, event_type, value, duration_minutes, cohort_month, plan_type, goal, acquisition_channel, 'copy'
            FROM stg_member_events WHERE source = 'generator' LIMIT 1
            """);

        var run = new PipelineRun(new PipelineRunLog(warehouse.Client), "check", NullLogger.Instance);
        var results = await new QualityCheckRunner(warehouse.Client).RunAsync(run);

        var failed = results.Where(r => !r.Passed).Select(r => r.Name).ToHashSet();
        Assert.Equal(new HashSet<string> { "no_future_timestamps", "value_ranges", "events_reference_members", "no_duplicate_event_ids" }, failed);
        Assert.Equal(4UL, await Loads.CountAsync(warehouse.Client, $"SELECT count() FROM pipeline_run_log WHERE run_id = '{run.RunId}' AND check_passed = false"));
        Assert.Contains("1 duplicated event ids", results.Single(r => r.Name == "no_duplicate_event_ids").Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_run_is_closed_with_succeeded_then_warned_once_a_check_fails()
    {
        await using var warehouse = await engine.CreateWarehouseAsync();
        await Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 30, days: 5));

        var clean = await CheckRun.RunAsync(warehouse.Client, NullLogger.Instance);
        await warehouse.Client.ExecuteAsync("""
            INSERT INTO stg_member_events (event_id, member_id, event_time, event_type, value, duration_minutes, cohort_month, plan_type, goal, acquisition_channel, source)
            VALUES (generateUUIDv4(), 999999, now64(3) - INTERVAL 1 DAY, 'recovery', 50, 0, '2026-01-01', 'monthly', 'sleep', 'organic', 'test')
            """);
        var dirty = await CheckRun.RunAsync(warehouse.Client, NullLogger.Instance);

        Assert.Equal(0, clean.FailedChecks);
        Assert.Equal(["events_reference_members"], dirty.Checks.Where(c => !c.Passed).Select(c => c.Name));
        Assert.Equal("succeeded", await RunStatusAsync(warehouse, clean.RunId));
        Assert.Equal("warned", await RunStatusAsync(warehouse, dirty.RunId));
        Assert.Equal((ulong)WarehouseChecks.All.Count, await Loads.CountAsync(warehouse.Client,
            $"SELECT count() FROM pipeline_run_log WHERE run_id = '{clean.RunId}' AND run_kind = 'check' AND check_name != ''"));
    }

    [Fact]
    public async Task The_duplicate_check_finds_a_duplicate_when_a_partition_is_read_in_many_slices()
    {
        await using var warehouse = await engine.CreateWarehouseAsync();
        await Loads.RunAsync(warehouse.Client, Loads.Tiny(members: 30, days: 5));
        var duplicateCheck = WarehouseChecks.All.Where(c => c.Name == "no_duplicate_event_ids").ToList();
        var run = new PipelineRun(new PipelineRunLog(warehouse.Client), "check", NullLogger.Instance);
        var slicedRunner = new QualityCheckRunner(warehouse.Client, rowsPerSlice: 50);
        var largestPartition = await Loads.CountAsync(warehouse.Client,
            "SELECT max(n) FROM (SELECT count() AS n FROM stg_member_events GROUP BY _partition_id)");

        var clean = await slicedRunner.RunAsync(run, duplicateCheck);
        await warehouse.Client.ExecuteAsync("""
            INSERT INTO stg_member_events (event_id, member_id, event_time, event_type, value, duration_minutes, cohort_month, plan_type, goal, acquisition_channel, source)
            SELECT event_id, member_id, event_time, event_type, value, duration_minutes, cohort_month, plan_type, goal, acquisition_channel, 'copy'
            FROM stg_member_events WHERE source = 'generator' ORDER BY event_id DESC LIMIT 1
            """);
        var duplicated = await slicedRunner.RunAsync(run, duplicateCheck);

        Assert.True(largestPartition > 100, $"the largest partition holds {largestPartition} rows: too few for several slices");
        Assert.True(clean.Single().Passed, clean.Single().Details);
        Assert.False(duplicated.Single().Passed);
        Assert.Contains("1 duplicated event ids", duplicated.Single().Details, StringComparison.Ordinal);
    }

    private static Task<string> RunStatusAsync(TestDatabase warehouse, Guid runId) => warehouse.Client.ScalarAsync<string>(
        "SELECT status FROM pipeline_run_log WHERE run_id = {run:UUID} AND step = 'run'", new ClickHouse.QueryParameters().Add("run", runId));
}
