using MemberInsights.ClickHouse.Formats;

namespace MemberInsights.ClickHouse.Tests;

/// <summary>Embedded inserts carry their settings in the INSERT's own SETTINGS clause (no session SET, so the pooled connection is reused).</summary>
[Collection(EmbeddedEngineCollection.Name)]
public sealed class InsertSettingsTests(EmbeddedEngineFixture engine)
{
    [Fact]
    public async Task Insert_settings_with_quotes_apply_to_the_insert_and_do_not_leak()
    {
        await using var db = await engine.CreateDatabaseAsync();
        await db.Client.ExecuteAsync("CREATE TABLE events (id UInt64) ENGINE = MergeTree ORDER BY id SETTINGS non_replicated_deduplication_window = 100");
        var batch = new RowBinaryBatch([new("id", "UInt64")]);
        batch.AddRow(1UL);
        var settings = new QuerySettings { InsertDeduplicationToken = "member's batch \\ 1" }.Set("max_insert_block_size", 4242);

        await db.Client.InsertAsync("events", batch, settings);
        await db.Client.InsertAsync("events", batch, settings);

        Assert.Equal(1UL, await db.Client.ScalarAsync<ulong>("SELECT count() FROM events"));
        Assert.NotEqual("4242", await db.Client.ScalarAsync<string>("SELECT toString(getSetting('max_insert_block_size'))"));
    }
}
