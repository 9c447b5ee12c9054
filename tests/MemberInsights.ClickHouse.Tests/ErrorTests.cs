namespace MemberInsights.ClickHouse.Tests;

[Collection(EmbeddedEngineCollection.Name)]
public sealed class ErrorTests(EmbeddedEngineFixture engine)
{
    [Fact]
    public async Task Syntax_error_has_code_62_and_its_name()
    {
        var error = await Assert.ThrowsAsync<ClickHouseException>(() => engine.Client.ExecuteAsync("SELEC 1"));
        Assert.Equal(62, error.ErrorCode);
        Assert.Equal("SYNTAX_ERROR", error.ErrorName);
    }

    [Fact]
    public async Task Unknown_table_has_code_60_when_streaming()
    {
        var error = await Assert.ThrowsAsync<ClickHouseException>(() => engine.Client.QueryListAsync("SELECT * FROM no_such_db_table_x", r => r));
        Assert.Equal(60, error.ErrorCode);
        Assert.Equal("UNKNOWN_TABLE", error.ErrorName);
    }

    [Fact]
    public async Task Missing_parameter_is_reported()
    {
        var error = await Assert.ThrowsAsync<ClickHouseException>(() => engine.Client.ScalarAsync<int>("SELECT {x:Int32}"));
        Assert.Equal("UNKNOWN_QUERY_PARAMETER", error.ErrorName);
    }

    [Fact]
    public async Task Runtime_error_during_a_stream_is_raised()
    {
        var error = await Assert.ThrowsAsync<ClickHouseException>(() => engine.Client.QueryListAsync(
            "SELECT throwIf(number = 70000, 'boom') FROM numbers(100000)", r => r));
        Assert.Equal(395, error.ErrorCode);
        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connection_is_usable_after_errors()
    {
        await Assert.ThrowsAsync<ClickHouseException>(() => engine.Client.ExecuteAsync("SELECT * FROM nowhere_table"));
        Assert.Equal(2, await engine.Client.ScalarAsync<int>("SELECT 1 + 1"));
    }

    [Fact]
    public async Task Timeout_setting_stops_a_long_query()
    {
        var settings = new QuerySettings { MaxExecutionTime = TimeSpan.FromSeconds(1) };
        var error = await Assert.ThrowsAsync<ClickHouseException>(() => engine.Client.ExecuteAsync(
            "SELECT sleepEachRow(0.5) FROM numbers(10) SETTINGS max_block_size = 1", settings: settings));
        Assert.Equal(159, error.ErrorCode);
    }

    [Fact]
    public async Task Cancellation_before_start_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.Client.ExecuteAsync("SELECT 1", ct: cts.Token));
    }

    [Fact]
    public async Task Stopping_a_stream_early_releases_the_connection()
    {
        for (var i = 0; i < 20; i++)
        {
            await foreach (var row in engine.Client.QueryAsync("SELECT number FROM numbers(10000000)"))
            {
                Assert.InRange(row.GetUInt64(0), 0UL, 9999999UL);
                break;
            }
        }

        Assert.Equal(3, await engine.Client.ScalarAsync<int>("SELECT 3"));
    }

    [Fact]
    public void Error_text_parsing_takes_code_and_last_name()
    {
        var error = ClickHouseException.FromErrorText("Code: 457. DB::Exception: Value abc cannot be parsed (x) for query parameter 'arg1': (BAD_QUERY_PARAMETER) (version 23.4.1.869 (official build))\n");
        Assert.Equal(457, error.ErrorCode);
        Assert.Equal("BAD_QUERY_PARAMETER", error.ErrorName);
    }
}
