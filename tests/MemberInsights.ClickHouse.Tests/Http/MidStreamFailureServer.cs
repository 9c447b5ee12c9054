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
/// With <c>stall</c> it sends half the rows and then nothing, until the client closes the connection.
/// </summary>
public sealed class MidStreamFailureServer : IAsyncDisposable
{
    public const string Tag = "dngjzjnxkvlwkeua";
    public const string Message = "Code: 395. DB::Exception: Value passed to 'throwIf' function is non-zero: while executing 'FUNCTION throwIf(...)'. (FUNCTION_THROW_IF_VALUE_IS_NON_ZERO) (version 25.11.1.1)\n";
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly EmbeddedTransport _engine;
    private readonly Task _serving;
    private readonly CancellationTokenSource _stop = new();

    private readonly bool _stall;

    public MidStreamFailureServer(EmbeddedEngineFixture engine, bool stall = false)
    {
        _stall = stall;
        _engine = (EmbeddedTransport)engine.Client.Transport;
        _listener.Start();
        _serving = ServeAsync();
    }

    /// <summary>Completes when a stalled response's client has closed the connection.</summary>
    public TaskCompletionSource PeerClosed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

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
            if (_stall)
            {
                await WaitForCloseAsync(stream);
                continue;
            }

            var block = $"\r\n__exception__\r\n{Tag}\r\n{Message}{Encoding.UTF8.GetByteCount(Message)} {Tag}\r\n__exception__\r\n";
            await WriteChunkAsync(stream, Encoding.UTF8.GetBytes(block));
            socket.Shutdown(SocketShutdown.Both);
        }
    }

    private async Task WaitForCloseAsync(NetworkStream stream)
    {
        try
        {
            while (await stream.ReadAsync(new byte[256], _stop.Token) > 0)
            {
            }
        }
        catch (IOException)
        {
        }

        PeerClosed.TrySetResult();
    }

    private static async Task WriteChunkAsync(NetworkStream stream, ReadOnlyMemory<byte> data)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(data.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"));
        await stream.WriteAsync(data);
        await stream.WriteAsync("\r\n"u8.ToArray());
    }

    /// <summary>The request's body, de-chunked and gunzipped as its headers say (the driver gzips its SQL bodies).</summary>
    private static async Task<byte[]> ReadRequestBodyAsync(NetworkStream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[8192];
        int headerEnd;
        while ((headerEnd = IndexOf(received, "\r\n\r\n"u8, 0)) < 0)
        {
            received.AddRange(buffer.AsSpan(0, await stream.ReadAsync(buffer)));
        }

        var headers = Encoding.ASCII.GetString(received.ToArray(), 0, headerEnd).Split("\r\n");
        string? Header(string name) => headers.FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim();
        var start = headerEnd + 4;
        byte[] body;
        if (Header("Transfer-Encoding") is { } te && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            var decoded = new List<byte>();
            var at = start;
            while (true)
            {
                int lineEnd;
                while ((lineEnd = IndexOf(received, "\r\n"u8, at)) < 0)
                {
                    received.AddRange(buffer.AsSpan(0, await stream.ReadAsync(buffer)));
                }

                var size = int.Parse(Encoding.ASCII.GetString(received.ToArray(), at, lineEnd - at).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                while (received.Count < lineEnd + 2 + size + 2)
                {
                    received.AddRange(buffer.AsSpan(0, await stream.ReadAsync(buffer)));
                }

                if (size == 0)
                {
                    break;
                }

                decoded.AddRange(received.Skip(lineEnd + 2).Take(size));
                at = lineEnd + 2 + size + 2;
            }

            body = [.. decoded];
        }
        else
        {
            var length = int.Parse(Header("Content-Length") ?? "0", CultureInfo.InvariantCulture);
            while (received.Count < start + length)
            {
                received.AddRange(buffer.AsSpan(0, await stream.ReadAsync(buffer)));
            }

            body = [.. received.Skip(start).Take(length)];
        }

        if (Header("Content-Encoding") == "gzip")
        {
            using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress);
            using var plain = new MemoryStream();
            await gzip.CopyToAsync(plain);
            body = plain.ToArray();
        }

        return body;
    }

    private static int IndexOf(List<byte> bytes, ReadOnlySpan<byte> needle, int from)
    {
        for (var i = from; i + needle.Length <= bytes.Count; i++)
        {
            var match = true;
            for (var j = 0; j < needle.Length && match; j++)
            {
                match = bytes[i + j] == needle[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
