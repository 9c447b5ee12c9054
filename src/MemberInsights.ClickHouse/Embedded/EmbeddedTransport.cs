using Microsoft.Extensions.Logging;
using MemberInsights.ClickHouse.Transport;

namespace MemberInsights.ClickHouse.Embedded;

/// <summary>
/// Runs statements on the in-process chDB engine through a pool of connections. Blocking native
/// calls run on the thread pool. Cancelling a query's token kills it while it runs
/// (<see cref="RunningStatementKiller"/>); statements without a result (DDL, inserts, INSERT ... SELECT)
/// are never killed halfway: cancellation is honoured before they start, and <c>max_execution_time</c>
/// bounds every statement.
/// </summary>
internal sealed class EmbeddedTransport : IClickHouseTransport
{
    private readonly ClickHouseOptions _options;
    private readonly string _dataPath;
    private readonly ChdbConnectionPool _pool;
    private readonly RunningStatementKiller _killer;
    private readonly ILogger _logger;
    private int _databaseReady;
    private int _disposed;

    private EmbeddedTransport(ClickHouseOptions options, string dataPath, ILogger logger)
    {
        _options = options;
        _dataPath = dataPath;
        _logger = logger;
        _pool = new ChdbConnectionPool(options.EffectivePoolSize, OpenConnection);
        _killer = new RunningStatementKiller(OpenConnection);
    }

    public EngineKind Kind => EngineKind.Embedded;

    private static ReadOnlySpan<byte> RowBinaryInsertMarker => " FORMAT RowBinary\n"u8;

    public static EmbeddedTransport Create(ClickHouseOptions options, ILogger logger)
    {
        ChdbLibrary.EnsureLoaded(options.NativeLibraryPath);
        var dataPath = options.NormalizedDataPath;
        EmbeddedDataPath.Acquire(dataPath);
        try
        {
            Directory.CreateDirectory(dataPath);
            var transport = new EmbeddedTransport(options, dataPath, logger);
            transport._pool.AddIdle(transport.OpenConnection());
            return transport;
        }
        catch
        {
            EmbeddedDataPath.Release(dataPath);
            throw;
        }
    }

    public async Task<QueryStats> ExecuteAsync(Statement statement, CancellationToken ct)
    {
        var connection = await RentAsync(statement.Settings, ct).ConfigureAwait(false);
        try
        {
            return await Task.Run(() =>
            {
                using var result = connection.Query(statement.Sql, statement.Parameters);
                return result.Stats;
            }, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _pool.Return(connection);
        }
    }

    public async Task<Stream> OpenQueryAsync(Statement statement, CancellationToken ct)
    {
        var connection = await RentAsync(statement.Settings, ct).ConfigureAwait(false);
        var (sql, killOnCancel) = _killer.Watch(statement.Sql, ct);
        try
        {
            var stream = await Task.Run(() => connection.StartStream(sql, statement.Parameters), CancellationToken.None).ConfigureAwait(false);
            return new ChdbResultStream(connection, stream, ct, () =>
            {
                killOnCancel.Dispose();
                _pool.Return(connection);
            });
        }
        catch (Exception e)
        {
            await killOnCancel.DisposeAsync().ConfigureAwait(false);
            _pool.Return(connection);
            if (RunningStatementKiller.IsCancellation(e, ct))
            {
                throw new OperationCanceledException("The statement was stopped because its caller cancelled.", e, ct);
            }

            throw;
        }
    }

    public async Task<QueryStats> InsertAsync(string table, IReadOnlyList<ColumnDefinition> columns, ReadOnlyMemory<byte> rowBinary, QuerySettings? settings, CancellationToken ct)
    {
        var insertWithoutFormat = Formats.InsertStatement.For(table, columns);
        // The insert's own SETTINGS clause instead of a session SET: a SET taints the connection, which the pool
        // then closes, and reopening one costs tens to hundreds of milliseconds per insert.
        if (settings is { Count: > 0 })
        {
            insertWithoutFormat += " SETTINGS " + settings.ToAssignments();
        }

        var connection = await RentAsync(null, ct).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => connection.InsertStream(insertWithoutFormat, "RowBinary", rowBinary.Span), CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _pool.Return(connection);
        }
    }

    /// <summary>Runs raw statement bytes with already formatted parameters and settings, returning the raw output (used by the HTTP test stub).</summary>
    internal async Task<(byte[] Output, QueryStats Stats)> ExecuteRawAsync(byte[] statement, QueryParameters? parameters, QuerySettings? settings, string? database, CancellationToken ct)
    {
        var connection = await RentAsync(settings, ct).ConfigureAwait(false);
        try
        {
            return await Task.Run(() =>
            {
                if (database is not null)
                {
                    connection.SessionChanged = true;
                    connection.Query("USE " + QuoteIdentifier(database), null).Dispose();
                }

                // Inline insert data goes through the streaming insert API: chdb_query_n silently
                // dropped rows of larger inline RowBinary payloads in our measurements.
                var formatAt = statement.AsSpan().IndexOf(RowBinaryInsertMarker);
                if (formatAt > 0)
                {
                    var insert = System.Text.Encoding.UTF8.GetString(statement, 0, formatAt);
                    return ([], connection.InsertStream(insert, "RowBinary", statement.AsSpan(formatAt + RowBinaryInsertMarker.Length)));
                }

                using var result = connection.Query(System.Text.Encoding.UTF8.GetString(statement), parameters);
                return (result.Data.ToArray(), result.Stats);
            }, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _pool.Return(connection);
        }
    }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _killer.Dispose();
            _pool.Dispose();
            EmbeddedDataPath.Release(_dataPath);
        }

        return ValueTask.CompletedTask;
    }

    internal static string QuoteIdentifier(string name) => "`" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal) + "`";

    private async ValueTask<ChdbConnection> RentAsync(QuerySettings? settings, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var connection = await _pool.RentAsync(ct).ConfigureAwait(false);
        if (settings?.ToSetStatement() is not { } set)
        {
            return connection;
        }

        try
        {
            connection.SessionChanged = true;
            connection.Query(set, null).Dispose();
            return connection;
        }
        catch
        {
            _pool.Return(connection);
            throw;
        }
    }

    private ChdbConnection OpenConnection()
    {
        var connection = ChdbConnection.Open(_dataPath, _options.EffectiveQueryTimeout);
        if (connection is null)
        {
            if (DataPathLock.IsHeldByAnotherProcess(_dataPath))
            {
                throw new ClickHouseDataPathLockedException(_dataPath);
            }

            throw new ClickHouseException(0, "", $"The embedded ClickHouse engine could not open '{_dataPath}' (chdb_connect returned no connection).");
        }

        try
        {
            PrepareDatabase(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return connection;
    }

    private void PrepareDatabase(ChdbConnection connection)
    {
        if (_options.Database == "default")
        {
            return;
        }

        var database = QuoteIdentifier(_options.Database);
        if (Interlocked.Exchange(ref _databaseReady, 1) == 0)
        {
            connection.Query("CREATE DATABASE IF NOT EXISTS " + database, null).Dispose();
            _logger.LogDebug("Embedded database {Database} is ready at {DataPath}", _options.Database, _dataPath);
        }

        connection.Query("USE " + database, null).Dispose();
    }
}
