namespace MemberInsights.ClickHouse.Transport;

/// <summary>
/// Moves statements to an engine and RowBinaryWithNamesAndTypes bytes back. Everything above it
/// (the row reader, the encoder, the client API) is shared by both engines.
/// </summary>
internal interface IClickHouseTransport : IAsyncDisposable
{
    EngineKind Kind { get; }

    /// <summary>Runs a statement, discarding any output.</summary>
    Task<QueryStats> ExecuteAsync(Statement statement, CancellationToken ct);

    /// <summary>Runs a query and returns its output as a RowBinaryWithNamesAndTypes stream; disposing it ends the query.</summary>
    Task<Stream> OpenQueryAsync(Statement statement, CancellationToken ct);

    /// <summary>Sends RowBinary-encoded rows of <paramref name="columns"/> to <paramref name="table"/> (<c>table</c> or <c>database.table</c>).</summary>
    Task<QueryStats> InsertAsync(string table, IReadOnlyList<ColumnDefinition> columns, ReadOnlyMemory<byte> rowBinary, QuerySettings? settings, CancellationToken ct);
}

/// <summary>One statement with its bound parameters and settings.</summary>
internal sealed record Statement(string Sql, QueryParameters? Parameters, QuerySettings? Settings);
