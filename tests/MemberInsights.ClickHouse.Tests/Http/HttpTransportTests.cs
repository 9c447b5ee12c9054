using MemberInsights.ClickHouse.Formats;

namespace MemberInsights.ClickHouse.Tests.Http;

/// <summary>The server transport against a loopback stub that speaks ClickHouse's HTTP interface.</summary>
[Collection(EmbeddedEngineCollection.Name)]
public sealed class HttpTransportTests(EmbeddedEngineFixture engine) : IAsyncLifetime
{
    private ClickHouseHttpStub _stub = null!;
    private ClickHouseClient _client = null!;

    public async Task InitializeAsync()
    {
        _stub = await ClickHouseHttpStub.StartAsync(engine);
        _client = ClickHouseClient.Create(new ClickHouseOptions { ServerUrl = _stub.Url, Password = ClickHouseHttpStub.Password });
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _stub.DisposeAsync();
    }

    [Fact]
    public async Task Server_results_read_exactly_like_embedded_results()
    {
        const string Sql = "SELECT toInt64(-5) AS i, 'Grüße' AS s, [1, NULL] AS a, toDateTime64('2024-01-02 03:04:05.678', 3, 'UTC') AS t, " +
            "toUUID('61f0c404-5cb3-11e7-907b-a6006ad3dba0') AS u, toDecimal64(12.34, 2) AS d, CAST(NULL AS Nullable(String)) AS n FROM numbers(3)";
        var viaHttp = await _client.QueryListAsync(Sql, r => System.Text.Json.JsonSerializer.Serialize(r.Values));
        var embedded = await engine.Client.QueryListAsync(Sql, r => System.Text.Json.JsonSerializer.Serialize(r.Values));
        Assert.Equal(EngineKind.Server, _client.EngineKind);
        Assert.Equal(3, viaHttp.Count);
        Assert.Equal(embedded, viaHttp);
        Assert.True(_stub.Requests.Last().ResponseCompressed);
        Assert.Equal("RowBinaryWithNamesAndTypes", _stub.Requests.Last().Query["default_format"]);
    }

    [Theory]
    [MemberData(nameof(ParameterTests.HostileStrings), MemberType = typeof(ParameterTests))]
    public async Task Hostile_parameters_survive_the_url(string value)
    {
        var echoed = await _client.ScalarAsync<string>("SELECT {s:String}", new QueryParameters().Add("s", value));
        Assert.Equal(value, echoed);
        Assert.DoesNotContain(value.Length > 3 ? value : "\u0001", _stub.Requests.Last().Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_and_array_parameters_bind_over_http()
    {
        var row = (await _client.QueryListAsync(
            "SELECT {a:Array(String)}, {d:Date}, {t:DateTime64(3, 'UTC')}, {x:Nullable(Int32)}",
            r => r,
            new QueryParameters().Add("a", new[] { "x'y", "t\tz" }).Add("d", new DateOnly(2024, 2, 29)).Add("t", new DateTime(2024, 1, 1, 0, 0, 0, 5, DateTimeKind.Utc)).Add("x", (int?)null))).Single();
        Assert.Equal(new[] { "x'y", "t\tz" }, row[0]);
        Assert.Equal(new DateOnly(2024, 2, 29), row[1]);
        Assert.Equal(new DateTime(2024, 1, 1, 0, 0, 0, 5, DateTimeKind.Utc), row[2]);
        Assert.Null(row[3]);
    }

    [Fact]
    public async Task Inserts_send_gzip_rowbinary_with_auth_headers_and_database()
    {
        await using var db = await engine.CreateDatabaseAsync();
        await db.Client.ExecuteAsync("CREATE TABLE events (id UInt64, name LowCardinality(String), at DateTime64(3, 'UTC')) ENGINE = MergeTree ORDER BY id");
        await using var client = ClickHouseClient.Create(new ClickHouseOptions { ServerUrl = _stub.Url, Password = ClickHouseHttpStub.Password, Database = db.Name });
        var batch = new RowBinaryBatch([new("id", "UInt64"), new("name", "LowCardinality(String)"), new("at", "DateTime64(3, 'UTC')")]);
        for (var i = 0UL; i < 1000; i++)
        {
            batch.AddRow(i, "event-" + (i % 7), DateTime.UnixEpoch.AddSeconds(i));
        }

        var stats = await client.InsertAsync("events", batch, new QuerySettings { InsertDeduplicationToken = "http-1" });
        Assert.Equal(1000, stats.RowsWritten);
        var insert = _stub.Requests.Last();
        Assert.Equal("gzip", insert.ContentEncoding);
        // The statement in the `query` URL parameter, the body only RowBinary rows (the driver's raw insert).
        Assert.Equal("INSERT INTO `events` (`id`, `name`, `at`) FORMAT RowBinary", insert.Query["query"]);
        Assert.DoesNotContain("INSERT", insert.Body, StringComparison.Ordinal);
        Assert.Equal(("default", ClickHouseHttpStub.Password), (insert.User, insert.Key));
        Assert.Equal(db.Name, insert.Query["database"]);
        Assert.Equal("http-1", insert.Query["insert_deduplication_token"]);
        Assert.Equal("30", insert.Query["max_execution_time"]);
        Assert.Equal(1000UL, await client.ScalarAsync<ulong>("SELECT count() FROM events"));
        Assert.Equal(499500UL, await db.Client.ScalarAsync<ulong>("SELECT sum(id) FROM events"));
    }

    [Fact]
    public async Task Server_errors_carry_code_name_and_status()
    {
        var syntax = await Assert.ThrowsAsync<ClickHouseException>(() => _client.ExecuteAsync("SELEC 1"));
        Assert.Equal((62, "SYNTAX_ERROR", 400), (syntax.ErrorCode, syntax.ErrorName, syntax.HttpStatusCode));
        var unknown = await Assert.ThrowsAsync<ClickHouseException>(() => _client.QueryListAsync("SELECT * FROM missing_table_z", r => r));
        Assert.Equal((60, "UNKNOWN_TABLE", 404), (unknown.ErrorCode, unknown.ErrorName, unknown.HttpStatusCode));
    }

    [Fact]
    public async Task Wrong_password_is_an_authentication_error()
    {
        await using var client = ClickHouseClient.Create(new ClickHouseOptions { ServerUrl = _stub.Url, Password = "wrong" });
        var error = await Assert.ThrowsAsync<ClickHouseException>(() => client.GetVersionAsync());
        Assert.Equal((516, "AUTHENTICATION_FAILED", 403), (error.ErrorCode, error.ErrorName, error.HttpStatusCode));
        Assert.Single(_stub.Requests);
    }

    [Theory]
    [InlineData(StubFault.ServiceUnavailable)]
    [InlineData(StubFault.ConnectionReset)]
    public async Task Reads_are_retried_after_transient_failures(StubFault fault)
    {
        _stub.Fault = fault;
        _stub.FailNextRequests(2);
        Assert.Equal(7, await _client.ScalarAsync<int>("SELECT 7"));
        Assert.Equal(3, _stub.Requests.Count);
    }

    [Theory]
    [InlineData(StubFault.ServiceUnavailable)]
    [InlineData(StubFault.ConnectionReset)]
    public async Task Inserts_and_ddl_are_never_retried(StubFault fault)
    {
        await using var db = await engine.CreateDatabaseAsync();
        await db.Client.ExecuteAsync("CREATE TABLE t (id UInt64) ENGINE = MergeTree ORDER BY id");
        await using var client = ClickHouseClient.Create(new ClickHouseOptions { ServerUrl = _stub.Url, Password = ClickHouseHttpStub.Password, Database = db.Name });
        var batch = new RowBinaryBatch([new("id", "UInt64")]);
        batch.AddRow(1UL);
        _stub.Fault = fault;

        _stub.FailNextRequests(1);
        await Assert.ThrowsAnyAsync<Exception>(() => client.InsertAsync("t", batch));
        Assert.Single(_stub.Requests);

        _stub.FailNextRequests(1);
        await Assert.ThrowsAnyAsync<Exception>(() => client.ExecuteAsync("CREATE TABLE u (id UInt64) ENGINE = Memory"));
        Assert.Equal(2, _stub.Requests.Count);
        Assert.Equal(0UL, await db.Client.ScalarAsync<ulong>("SELECT count() FROM t"));
    }

    [Fact]
    public async Task A_mid_stream_exception_becomes_a_clickhouse_exception()
    {
        await using var server = new MidStreamFailureServer(engine);
        await using var client = ClickHouseClient.Create(new ClickHouseOptions { ServerUrl = server.Url });
        var rows = 0;
        var error = await Assert.ThrowsAsync<ClickHouseException>(async () =>
        {
            await foreach (var row in client.QueryAsync("SELECT number, toString(number) FROM numbers(5000)"))
            {
                Assert.Equal(row.GetUInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture), row.GetString(1));
                rows++;
            }
        });
        Assert.Equal((395, "FUNCTION_THROW_IF_VALUE_IS_NON_ZERO"), (error.ErrorCode, error.ErrorName));
        Assert.InRange(rows, 0, 4999);
    }

    [Fact]
    public async Task Cancelling_a_streamed_read_ends_it_and_closes_the_connection()
    {
        await using var server = new MidStreamFailureServer(engine, stall: true);
        await using var client = ClickHouseClient.Create(new ClickHouseOptions { ServerUrl = server.Url });
        using var cancel = new CancellationTokenSource();
        var rows = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var row in client.QueryAsync("SELECT number FROM numbers(100000)", ct: cancel.Token))
            {
                if (++rows == 10)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        await server.PeerClosed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.InRange(rows, 10, 99_999);
    }

    [Fact]
    public async Task The_driver_sends_the_sql_in_the_body_values_in_the_url_and_a_query_id_per_statement()
    {
        await _client.ScalarAsync<string>("SELECT {s:String}", new QueryParameters().Add("s", "x y+z"));
        await _client.ScalarAsync<int>("SELECT 1");

        var (first, second) = (_stub.Requests.ToArray()[^2], _stub.Requests.ToArray()[^1]);
        Assert.Equal("SELECT {s:String}", first.Body);
        Assert.Equal("x y+z", first.Query["param_s"]);
        Assert.True(Guid.TryParse(first.Query["query_id"], out _));
        Assert.NotEqual(first.Query["query_id"], second.Query["query_id"]);
        Assert.Equal("gzip", first.ContentEncoding);
    }
}
