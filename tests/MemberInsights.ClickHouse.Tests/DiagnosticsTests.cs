using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using MemberInsights.ClickHouse.Diagnostics;
using MemberInsights.ClickHouse.Formats;
using MemberInsights.ClickHouse.Tests.Http;

namespace MemberInsights.ClickHouse.Tests;

/// <summary>The client's spans and duration histogram, captured with the listeners OpenTelemetry itself builds on.</summary>
[Collection(EmbeddedEngineCollection.Name)]
public sealed class DiagnosticsTests : IDisposable
{
    private const string Secret = "s3cret-parameter-value";
    private readonly ActivitySource _testSource = new("MemberInsights.ClickHouse.Tests." + Guid.NewGuid().ToString("N"));
    private readonly EmbeddedEngineFixture _engine;
    private readonly ActivityListener _spans;
    private readonly MeterListener _metrics = new();
    private readonly ConcurrentQueue<Activity> _ended = new();
    private readonly ConcurrentQueue<(double Seconds, Dictionary<string, object?> Tags)> _durations = new();

    public DiagnosticsTests(EmbeddedEngineFixture engine)
    {
        _engine = engine;
        _spans = new ActivityListener
        {
            ShouldListenTo = s => s.Name is ClickHouseDiagnostics.ActivitySourceName || s == _testSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _ended.Enqueue,
        };
        ActivitySource.AddActivityListener(_spans);
        _metrics.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ClickHouseDiagnostics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _metrics.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (instrument.Name == ClickHouseDiagnostics.DurationInstrument)
            {
                _durations.Enqueue((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
            }
        });
        _metrics.Start();
    }

    [Fact]
    public async Task A_query_is_one_span_with_its_kind_and_returned_rows_and_never_its_parameter_values()
    {
        await using var db = await _engine.CreateDatabaseAsync();

        var spans = await TraceAsync(() => db.Client.QueryListAsync(
            "SELECT number, {s:String} FROM numbers(5)", r => r.GetUInt64(0), new QueryParameters().Add("s", Secret)));

        var span = Assert.Single(spans);
        Assert.Equal("SELECT", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("SELECT", span.GetTagItem("db.operation.name"));
        Assert.Equal("clickhouse", span.GetTagItem("db.system.name"));
        Assert.Equal(db.Name, span.GetTagItem("db.namespace"));
        Assert.Equal("embedded", span.GetTagItem("clickhouse.engine"));
        Assert.Equal(5L, span.GetTagItem("db.response.returned_rows"));
        Assert.True((long)span.GetTagItem("clickhouse.result_bytes")! > 0);
        Assert.Equal("SELECT number, {s:String} FROM numbers(5)", span.GetTagItem("db.query.text"));
        Assert.DoesNotContain(span.TagObjects, t => t.Value?.ToString()?.Contains(Secret, StringComparison.Ordinal) == true);
        Assert.Contains(_durations, d => Equals(d.Tags["db.operation.name"], "SELECT") && !d.Tags.ContainsKey("error.type") && d.Seconds > 0);
    }

    [Fact]
    public async Task An_insert_and_a_statement_record_rows_and_bytes_written()
    {
        await using var db = await _engine.CreateDatabaseAsync();
        var batch = new RowBinaryBatch([new("id", "UInt64")]);
        for (var i = 0UL; i < 100; i++)
        {
            batch.AddRow(i);
        }

        var spans = await TraceAsync(async () =>
        {
            await db.Client.ExecuteAsync("CREATE TABLE t (id UInt64) ENGINE = MergeTree ORDER BY id");
            await db.Client.InsertAsync("t", batch);
            await db.Client.ExecuteAsync("INSERT INTO t SELECT number + 1000 FROM numbers(50)");
            return 0;
        });

        Assert.Equal(["CREATE", "INSERT", "INSERT"], spans.Select(s => s.DisplayName));
        Assert.Equal(100L, spans[1].GetTagItem("clickhouse.written_rows"));
        Assert.Equal(batch.ByteCount, spans[1].GetTagItem("clickhouse.written_bytes"));
        Assert.Equal(50L, spans[2].GetTagItem("clickhouse.written_rows"));
        Assert.All(spans, s => Assert.Equal(ActivityStatusCode.Unset, s.Status));
    }

    [Fact]
    public async Task A_failed_statement_records_the_error_code_and_name_but_not_the_message()
    {
        await using var db = await _engine.CreateDatabaseAsync();

        var spans = await TraceAsync(async () =>
        {
            await Assert.ThrowsAsync<ClickHouseException>(() => db.Client.QueryListAsync("SELECT * FROM missing_" + Secret.Replace('-', '_'), r => r));
            return 0;
        });

        var span = Assert.Single(spans);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Null(span.StatusDescription);
        Assert.Equal("UNKNOWN_TABLE", span.GetTagItem("error.type"));
        Assert.Equal("60", span.GetTagItem("db.response.status_code"));
        Assert.Contains(_durations, d => Equals(d.Tags.GetValueOrDefault("error.type"), "UNKNOWN_TABLE") && Equals(d.Tags["db.operation.name"], "SELECT"));
    }

    [Fact]
    public async Task The_server_transport_traces_the_same_way()
    {
        await using var stub = await ClickHouseHttpStub.StartAsync(_engine);
        await using var client = ClickHouseClient.Create(new ClickHouseOptions { ServerUrl = stub.Url, Password = ClickHouseHttpStub.Password });

        var spans = await TraceAsync(() => client.QueryListAsync("SELECT {n:UInt8} FROM numbers(3)", r => r, new QueryParameters().Add("n", 7)));

        var span = Assert.Single(spans);
        Assert.Equal(("SELECT", "server", 3L), (span.DisplayName, span.GetTagItem("clickhouse.engine"), span.GetTagItem("db.response.returned_rows")));
        Assert.Contains(_durations, d => Equals(d.Tags["clickhouse.engine"], "server"));
    }

    public void Dispose()
    {
        _spans.Dispose();
        _metrics.Dispose();
        _testSource.Dispose();
    }

    /// <summary>Runs <paramref name="work"/> under a parent span and returns the client spans below it, in start order.</summary>
    private async Task<List<Activity>> TraceAsync<T>(Func<Task<T>> work)
    {
        string parent;
        using (var root = _testSource.StartActivity("test")!)
        {
            parent = root.Id!;
            await work();
        }

        return _ended.Where(a => a.ParentId == parent && a.Source.Name == ClickHouseDiagnostics.ActivitySourceName).OrderBy(a => a.StartTimeUtc).ToList();
    }
}
