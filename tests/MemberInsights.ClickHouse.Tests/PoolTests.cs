namespace MemberInsights.ClickHouse.Tests;

[Collection(EmbeddedEngineCollection.Name)]
public sealed class PoolTests(EmbeddedEngineFixture engine)
{
    [Fact]
    public async Task Concurrent_parameterized_queries_get_their_own_values()
    {
        var tasks = Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            var text = "value-" + i;
            var row = (await engine.Client.QueryListAsync(
                "SELECT {i:Int64} AS i, {s:String} AS s FROM numbers(3) LIMIT 1",
                r => (r.GetInt64("i"), r.GetString("s")),
                new QueryParameters().Add("i", (long)i).Add("s", text))).Single();
            return (Expected: (i, text), Actual: row);
        }));
        foreach (var result in await Task.WhenAll(tasks))
        {
            Assert.Equal(((long)result.Expected.i, result.Expected.text), result.Actual);
        }
    }

    [Fact]
    public async Task Per_query_settings_do_not_leak_to_other_queries()
    {
        var settings = new QuerySettings().Set("max_threads", 1);
        Assert.Equal("1", await engine.Client.ScalarAsync<string>("SELECT getSetting('max_threads')", settings: settings));
        for (var i = 0; i < 10; i++)
        {
            Assert.NotEqual("1", await engine.Client.ScalarAsync<string>("SELECT toString(getSetting('max_threads'))"));
        }
    }

    [Fact]
    public void A_second_data_path_in_the_same_process_is_refused_clearly()
    {
        var other = engine.Options with { DataPath = engine.DataPath + "-other" };
        var error = Assert.Throws<InvalidOperationException>(() => ClickHouseClient.Create(other));
        Assert.Contains("one data directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_path_spelled_differently_is_the_same_path()
    {
        await using var client = ClickHouseClient.Create(engine.Options with { DataPath = engine.DataPath + "/" });
        Assert.Equal(EngineKind.Embedded, client.EngineKind);
        Assert.Equal(1, await client.ScalarAsync<int>("SELECT 1"));
    }

    [Fact]
    public void A_missing_engine_library_says_how_to_install_it()
    {
        var error = Assert.Throws<ClickHouseEngineNotInstalledException>(() => Embedded.ChdbLibrary.Open("/nonexistent/libchdb.so"));
        Assert.Contains("build/ensure-node-modules.sh", error.Message, StringComparison.Ordinal);
        Assert.Equal("/nonexistent/libchdb.so", error.LibraryPath);
    }

    [Fact]
    public void A_library_that_is_not_chdb_is_refused()
    {
        var libm = new[] { "/lib/x86_64-linux-gnu/libm.so.6", "/usr/lib/x86_64-linux-gnu/libm.so.6" }.First(File.Exists);
        var error = Assert.Throws<ClickHouseEngineNotInstalledException>(() => Embedded.ChdbLibrary.Open(libm));
        Assert.Contains("chdb_connect", error.Message, StringComparison.Ordinal);
    }
}
