namespace MemberInsights.ClickHouse.Tests;

/// <summary>
/// A query whose caller gives up stops running in the embedded engine instead of keeping a core busy until
/// <c>max_execution_time</c>. The queries below would run for minutes (a trillion rows); each test waits, by
/// polling <c>system.processes</c>, until the engine runs them, cancels, and waits until the engine lists none.
/// </summary>
[Collection(EmbeddedEngineCollection.Name)]
public sealed class CancellationTests(EmbeddedEngineFixture engine)
{
    private const string EndlessQuery = "SELECT sum(cityHash64(number)) FROM numbers(1000000000000)";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Cancelling_a_running_query_kills_it_in_the_engine()
    {
        var marker = Marker();
        using var cancellation = new CancellationTokenSource();
        var running = engine.Client.ScalarAsync<ulong>($"{EndlessQuery} /* {marker} */", ct: cancellation.Token);

        await WaitUntilAsync(async () => await RunningCountAsync(marker) == 1, "the query to start");
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        await WaitUntilAsync(async () => await RunningCountAsync(marker) == 0, "the engine to stop the query");
    }

    [Fact]
    public async Task A_query_is_killed_even_when_its_pool_has_no_free_connection()
    {
        // A client of its own on the same data path, with one connection: the endless query takes it.
        await using var client = ClickHouseClient.Create(engine.Options with { PoolSize = 1 });
        var marker = Marker();
        using var cancellation = new CancellationTokenSource();
        var running = client.ScalarAsync<ulong>($"{EndlessQuery} /* {marker} */", ct: cancellation.Token);

        await WaitUntilAsync(async () => await RunningCountAsync(marker) == 1, "the query to start");
        await cancellation.CancelAsync();

        // A kill that waited for a pooled connection would wait for max_execution_time (30 s), beyond the patience.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(Patience));
        await WaitUntilAsync(async () => await RunningCountAsync(marker) == 0, "the engine to stop the query");
    }

    [Fact]
    public async Task Cancelling_after_a_query_ended_leaves_the_client_working()
    {
        using var cancellation = new CancellationTokenSource();
        Assert.Equal(3UL, await engine.Client.ScalarAsync<ulong>("SELECT count() FROM numbers(3)", ct: cancellation.Token));
        await cancellation.CancelAsync();

        Assert.Equal(1, await engine.Client.ScalarAsync<int>("SELECT 1"));
    }

    [Fact]
    public async Task Statements_without_a_result_are_not_killed_by_a_later_cancellation()
    {
        await using var database = await engine.CreateDatabaseAsync();
        await database.Client.ExecuteAsync("CREATE TABLE t (n UInt64) ENGINE = MergeTree ORDER BY n");
        using var cancellation = new CancellationTokenSource();
        await database.Client.ExecuteAsync("INSERT INTO t SELECT number FROM numbers(100000)", ct: cancellation.Token);
        await cancellation.CancelAsync();

        Assert.Equal(100_000UL, await database.Client.ScalarAsync<ulong>("SELECT count() FROM t"));
    }

    private static string Marker() => "cancel-test-" + Guid.NewGuid().ToString("N");

    private async Task<int> RunningCountAsync(string marker) => (int)await engine.Client.ScalarAsync<ulong>(
            "SELECT count() FROM system.processes WHERE position(query, {marker:String}) > 0 AND query_id != queryID() AND position(query, 'system.processes') = 0",
            new QueryParameters().Add("marker", marker));

    private async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            Assert.False(deadline.IsCancellationRequested, $"Gave up waiting {Patience.TotalSeconds:0} s for {what}; running: " + string.Join(" | ",
                await engine.Client.QueryListAsync("SELECT query FROM system.processes", r => r.GetString(0))));
            await Task.Delay(TimeSpan.FromMilliseconds(20), CancellationToken.None);
        }
    }
}
