using MemberInsights.Warehouse.Tests.Support;

namespace MemberInsights.Warehouse.Tests;

[Collection(EmbeddedWarehouseCollection.Name)]
public sealed class MigrationTests(EmbeddedWarehouseFixture engine)
{
    [Fact]
    public async Task Migrations_create_every_table_and_a_rerun_is_a_no_op()
    {
        await using var warehouse = await engine.CreateWarehouseAsync(migrate: false);

        var first = await WarehouseMigrations.ApplyAsync(warehouse.Client);
        var second = await WarehouseMigrations.ApplyAsync(warehouse.Client);

        Assert.NotEmpty(first);
        Assert.Empty(second);
        var tables = await warehouse.Client.QueryListAsync("SELECT name FROM system.tables WHERE database = currentDatabase()", r => r.GetString(0));
        foreach (var expected in new[]
        {
            "dim_members", "stg_member_events", "dim_experiment_assignments", "fct_member_day", "agg_cohort_daily", "agg_member_lifecycle",
            "agg_experiment_member", "dim_locations", "dim_instructors", "dim_classes", "fct_class_attendance",
            "metric_dictionary", "pipeline_run_log", "model_inventory", "quarantine", "assistant_audit_log",
            "mv_member_day", "mv_cohort_daily", "mv_member_lifecycle", "mv_experiment_member", "mv_class_daily",
        })
        {
            Assert.Contains(expected, tables);
        }

        Assert.DoesNotContain("agg_experiment_summary", tables);
        Assert.DoesNotContain("mv_experiment_daily", tables);

        Assert.All((await WarehouseMigrations.StatusAsync(warehouse.Client)).Select(s => s.State), s => Assert.Equal(ClickHouse.Migrations.MigrationState.Applied, s));
    }

    [Fact]
    public async Task The_metric_dictionary_is_seeded_with_every_product_metric()
    {
        await using var warehouse = await engine.CreateWarehouseAsync();

        var names = await warehouse.Client.QueryListAsync("SELECT name FROM metric_dictionary FINAL WHERE length(synonyms) > 0 AND description != '' AND formula != ''", r => r.GetString(0));

        foreach (var metric in new[] { "recovery_score", "sleep_hours", "strain", "resting_heart_rate", "engagement_score", "low_recovery_rate",
            "active_members", "weekly_active_members", "monthly_active_members", "new_members", "retention_rate", "churn_rate", "workouts",
            "sessions", "check_ins", "class_attendance_rate", "class_no_show_rate" })
        {
            Assert.Contains(metric, names);
        }
    }
}
