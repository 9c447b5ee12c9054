using MemberInsights.ClickHouse.Transport;
using Microsoft.Extensions.Logging;

namespace MemberInsights.ClickHouse.Http;

internal sealed class HttpTransport : IClickHouseTransport
{
    public EngineKind Kind => EngineKind.Server;

    public static HttpTransport Create(ClickHouseOptions options, ILogger logger) => throw new NotSupportedException("The HTTP transport (CLICKHOUSE_URL) is not implemented yet; unset CLICKHOUSE_URL to use the embedded engine.");

    public Task<QueryStats> ExecuteAsync(Statement statement, CancellationToken ct) => throw new NotImplementedException();

    public Task<Stream> OpenQueryAsync(Statement statement, CancellationToken ct) => throw new NotImplementedException();

    public Task<QueryStats> InsertAsync(string insertWithoutFormat, ReadOnlyMemory<byte> rowBinary, QuerySettings? settings, CancellationToken ct) => throw new NotImplementedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
