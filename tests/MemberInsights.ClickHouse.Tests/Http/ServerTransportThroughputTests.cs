using System.Diagnostics;
using System.Globalization;
using MemberInsights.ClickHouse.Formats;

namespace MemberInsights.ClickHouse.Tests.Http;

/// <summary>
/// The server transport moving real volumes through the loopback stub: an insert, a streamed read and many small
/// parameterized queries, checked for exact results. The timings go to artifacts/server-transport.txt for the README
/// (build/bench-server-transport.sh runs it with a million rows); nothing here asserts a speed.
/// </summary>
[Collection(EmbeddedEngineCollection.Name)]
public sealed class ServerTransportThroughputTests(EmbeddedEngineFixture engine)
{
    private static readonly int Rows = int.TryParse(Environment.GetEnvironmentVariable("MI_TRANSPORT_ROWS"), CultureInfo.InvariantCulture, out var rows) ? rows : 50_000;

    [Fact]
    public async Task Inserts_streamed_reads_and_small_queries_through_the_server_transport_are_exact()
    {
        await using var stub = await ClickHouseHttpStub.StartAsync(engine);
        await using var db = await engine.CreateDatabaseAsync();
        await db.Client.ExecuteAsync("CREATE TABLE events (id UInt64, member UInt32, kind String, value Float32, at DateTime64(3, 'UTC')) ENGINE = MergeTree ORDER BY id");
        await using var server = ClickHouseClient.Create(new ClickHouseOptions { ServerUrl = stub.Url, Password = ClickHouseHttpStub.Password, Database = db.Name });
        var batch = new RowBinaryBatch([new("id", "UInt64"), new("member", "UInt32"), new("kind", "String"), new("value", "Float32"), new("at", "DateTime64(3, 'UTC')")], Rows * 40);
        for (var i = 0; i < Rows; i++)
        {
            batch.BeginRow();
            batch.WriteUInt64((ulong)i);
            batch.WriteUInt32((uint)(i % 10_000));
            batch.WriteString(i % 3 == 0 ? "sleep" : "session");
            batch.WriteFloat32(i % 100);
            batch.WriteDateTime(DateTime.UnixEpoch.AddSeconds(i));
            batch.EndRow();
        }

        var insert = Stopwatch.StartNew();
        await server.InsertAsync("events", batch);
        insert.Stop();

        var read = Stopwatch.StartNew();
        ulong sum = 0, count = 0;
        await foreach (var row in server.QueryAsync("SELECT id, member, kind, value, at FROM events WHERE member >= {from:UInt32}", new QueryParameters().Add("from", 0u)))
        {
            sum += row.GetUInt64(0);
            count++;
        }

        read.Stop();

        const int Small = 300;
        var small = Stopwatch.StartNew();
        for (var i = 0; i < Small; i++)
        {
            Assert.Equal((ulong)i, await server.ScalarAsync<ulong>("SELECT {n:UInt64}", new QueryParameters().Add("n", (ulong)i)));
        }

        small.Stop();

        Assert.Equal((ulong)Rows, count);
        Assert.Equal((ulong)Rows * (ulong)(Rows - 1) / 2, sum);
        var report = string.Create(CultureInfo.InvariantCulture, $"""
            server transport through the loopback stub (the stub runs each statement on the embedded engine), {Rows:N0} rows of 5 columns:
              insert  {Rows:N0} rows, {batch.ByteCount / 1e6:F1} MB RowBinary: {insert.Elapsed.TotalSeconds:F2} s ({Rows / insert.Elapsed.TotalSeconds:N0} rows/s)
              stream  {Rows:N0} rows back: {read.Elapsed.TotalSeconds:F2} s ({Rows / read.Elapsed.TotalSeconds:N0} rows/s)
              {Small} parameterized one-row queries in sequence: {small.Elapsed.TotalMilliseconds / Small:F2} ms each
            """);
        var artifacts = Path.Combine(FindRepositoryRoot(), "artifacts");
        Directory.CreateDirectory(artifacts);
        await File.WriteAllTextAsync(Path.Combine(artifacts, "server-transport.txt"), report + Environment.NewLine);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MemberInsights.GraphQL.sln")))
            {
                return directory.FullName;
            }
        }

        return Path.GetTempPath();
    }
}
