using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MemberInsights.ClickHouse.Embedded;

namespace MemberInsights.ClickHouse.Tests.Http;

/// <summary>
/// A raw HTTP/1.1 responder that fails the way ClickHouse 25.11+ does mid-stream: a 200 with
/// <c>X-ClickHouse-Exception-Tag</c>, chunks of real result rows, a chunk with the exception block,
/// then a graceful close without the terminating chunk. (Kestrel cannot omit that chunk without a reset.)
/// </summary>
public sealed class MidStreamFailureServer : IAsyncDisposable
{
    public const string Tag = "dngjzjnxkvlwkeua";
    public const string Message = "Code: 395. DB::Exception: Value passed to 'throwIf' function is non-zero: while executing 'FUNCTION throwIf(...)'. (FUNCTION_THROW_IF_VALUE_IS_NON_ZERO) (version 25.11.1.1)\n";
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly EmbeddedTransport _engine;
    private readonly Task _serving;
    private readonly CancellationTokenSource _stop = new();

    public MidStreamFailureServer(EmbeddedEngineFixture engine)
    {
        _engine = (EmbeddedTransport)engine.Client.Transport;
        _listener.Start();
        _serving = ServeAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var socket = await _listener.AcceptSocketAsync(_stop.Token);
            await using var stream = new NetworkStream(socket, ownsSocket: false);
            var sql = await ReadRequestBodyAsync(stream);
            var (output, _) = await _engine.ExecuteRawAsync(sql, null, null, null, _stop.Token);
            var head = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n" +
                $"X-ClickHouse-Format: RowBinaryWithNamesAndTypes\r\nX-ClickHouse-Exception-Tag: {Tag}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await WriteChunkAsync(stream, output.AsMemory(0, output.Length / 2));
            var block = $"\r\n__exception__\r\n{Tag}\r\n{Message}{Encoding.UTF8.GetByteCount(Message)} {Tag}\r\n__exception__\r\n";
            await WriteChunkAsync(stream, Encoding.UTF8.GetBytes(block));
            socket.Shutdown(SocketShutdown.Both);
        }
    }

    private static async Task WriteChunkAsync(NetworkStream stream, ReadOnlyMemory<byte> data)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(data.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"));
        await stream.WriteAsync(data);
        await stream.WriteAsync("\r\n"u8.ToArray());
    }

    private static async Task<byte[]> ReadRequestBodyAsync(NetworkStream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[8192];
        int headerEnd;
        while ((headerEnd = IndexOfHeaderEnd(received)) < 0)
        {
            var read = await stream.ReadAsync(buffer);
            received.AddRange(buffer.AsSpan(0, read));
        }

        var headers = Encoding.ASCII.GetString(received.ToArray(), 0, headerEnd);
        var lengthLine = headers.Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = int.Parse(lengthLine["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
        while (received.Count < headerEnd + 4 + length)
        {
            var read = await stream.ReadAsync(buffer);
            received.AddRange(buffer.AsSpan(0, read));
        }

        return received.Skip(headerEnd + 4).Take(length).ToArray();
    }

    private static int IndexOfHeaderEnd(List<byte> bytes)
    {
        for (var i = 0; i + 3 < bytes.Count; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
