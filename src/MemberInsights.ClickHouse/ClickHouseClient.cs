using System.Runtime.CompilerServices;
using MemberInsights.ClickHouse.Diagnostics;
using MemberInsights.ClickHouse.Embedded;
using MemberInsights.ClickHouse.Formats;
using MemberInsights.ClickHouse.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MemberInsights.ClickHouse;

/// <summary>
/// The ClickHouse client: statements, streamed typed rows and RowBinary inserts over either the
/// embedded chDB engine or a ClickHouse server's HTTP interface. Thread-safe; create one per process
/// and data path, and dispose it to close its connections.
/// </summary>
public sealed class ClickHouseClient : IAsyncDisposable
{
    private readonly IClickHouseTransport _transport;
    private readonly ILogger _logger;
    private readonly string _database;

    private ClickHouseClient(IClickHouseTransport transport, ILogger logger, string database)
    {
        _transport = transport;
        _logger = logger;
        _database = database;
    }

    /// <summary>Server when <see cref="ClickHouseOptions.ServerUrl"/> is set, otherwise embedded chDB.</summary>
    public EngineKind EngineKind => _transport.Kind;

    /// <summary>
    /// Creates a client. Embedded: loads libchdb.so, opens the data directory and checks one connection.
    /// </summary>
    /// <exception cref="ClickHouseEngineNotInstalledException">libchdb.so is missing or unusable.</exception>
    /// <exception cref="ClickHouseDataPathLockedException">Another process holds the data directory.</exception>
    /// <exception cref="InvalidOperationException">This process already serves another embedded data directory.</exception>
    public static ClickHouseClient Create(ClickHouseOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ClickHouseClient>();
        IClickHouseTransport transport = options.ServerUrl is null
            ? EmbeddedTransport.Create(options, logger)
            : Http.HttpTransport.Create(options, logger);
        logger.LogInformation(
            "ClickHouse client ready: {Engine} {Location}, database {Database}",
            transport.Kind,
            options.ServerUrl ?? options.NormalizedDataPath,
            options.Database);
        return new ClickHouseClient(transport, logger, options.Database);
    }

    internal IClickHouseTransport Transport => _transport;

    /// <summary>The engine's version, e.g. <c>26.7.1.1</c>.</summary>
    public Task<string> GetVersionAsync(CancellationToken ct = default) => ScalarAsync<string>("SELECT version()", ct: ct);

    /// <summary>Runs a statement that returns no rows the caller needs (DDL, INSERT ... SELECT, ALTER).</summary>
    public async Task<QueryStats> ExecuteAsync(string sql, QueryParameters? parameters = null, QuerySettings? settings = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        var trace = StatementTrace.Start(sql, EngineKind, _database);
        try
        {
            var stats = await _transport.ExecuteAsync(new Statement(sql, parameters, settings), ct).ConfigureAwait(false);
            trace.Record(stats);
            _logger.LogDebug("Executed in {Elapsed} ms: {Sql}", stats.Elapsed.TotalMilliseconds, sql);
            return stats;
        }
        catch (Exception e)
        {
            trace.Fail(e);
            throw;
        }
        finally
        {
            trace.End();
        }
    }

    /// <summary>
    /// Streams the rows of a query as they arrive. Values are bound from <paramref name="parameters"/>
    /// (<c>{name:Type}</c> placeholders). Stopping the enumeration early ends the query.
    /// </summary>
    public async IAsyncEnumerable<ClickHouseRow> QueryAsync(
        string sql,
        QueryParameters? parameters = null,
        QuerySettings? settings = null,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        var trace = StatementTrace.Start(sql, EngineKind, _database);
        long rows = 0;
        RowBinaryResultReader? reader = null;
        try
        {
            Stream stream;
            try
            {
                stream = await _transport.OpenQueryAsync(new Statement(sql, parameters, settings), ct).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                trace.Fail(e);
                throw;
            }

            await using (stream.ConfigureAwait(false))
            {
                reader = new RowBinaryResultReader(stream);
                var enumerator = reader.ReadRowsAsync(ct).GetAsyncEnumerator(ct);
                await using (enumerator.ConfigureAwait(false))
                {
                    while (true)
                    {
                        try
                        {
                            if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                            {
                                break;
                            }
                        }
                        catch (Exception e)
                        {
                            trace.Fail(e);
                            throw;
                        }

                        rows++;
                        yield return enumerator.Current;
                    }
                }
            }
        }
        finally
        {
            // Also when the caller stops early: the span covers the statement until its stream is closed.
            trace.RecordResult(rows, reader?.BytesReceived ?? 0);
            trace.End();
        }
    }

    /// <summary>Runs a query and maps every row.</summary>
    public async Task<IReadOnlyList<T>> QueryListAsync<T>(
        string sql,
        Func<ClickHouseRow, T> map,
        QueryParameters? parameters = null,
        QuerySettings? settings = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        var list = new List<T>();
        await foreach (var row in QueryAsync(sql, parameters, settings, ct).ConfigureAwait(false))
        {
            list.Add(map(row));
        }

        return list;
    }

    /// <summary>The first column of the first row, converted to <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">The query returned no rows.</exception>
    public async Task<T> ScalarAsync<T>(string sql, QueryParameters? parameters = null, QuerySettings? settings = null, CancellationToken ct = default)
    {
        await foreach (var row in QueryAsync(sql, parameters, settings, ct).ConfigureAwait(false))
        {
            return row.Get<T>(0);
        }

        throw new InvalidOperationException("The scalar query returned no rows.");
    }

    /// <summary>
    /// Inserts the rows of <paramref name="batch"/> into <paramref name="table"/> (optionally <c>database.table</c>)
    /// as RowBinary. Set <see cref="QuerySettings.InsertDeduplicationToken"/> to make a retried insert idempotent.
    /// </summary>
    public async Task<QueryStats> InsertAsync(string table, RowBinaryBatch batch, QuerySettings? settings = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var trace = StatementTrace.Start(InsertStatement.For(table, batch.Columns), EngineKind, _database);
        try
        {
            var stats = await _transport.InsertAsync(table, batch.Columns, batch.Data, settings, ct).ConfigureAwait(false);
            trace.Record(stats, batch.ByteCount);
            _logger.LogDebug("Inserted {Rows} rows ({Bytes} bytes) into {Table} in {Elapsed} ms", batch.RowCount, batch.ByteCount, table, stats.Elapsed.TotalMilliseconds);
            return stats;
        }
        catch (Exception e)
        {
            trace.Fail(e);
            throw;
        }
        finally
        {
            trace.End();
        }
    }

    /// <summary>Closes every connection (embedded: waits for running statements to end).</summary>
    public ValueTask DisposeAsync() => _transport.DisposeAsync();
}
