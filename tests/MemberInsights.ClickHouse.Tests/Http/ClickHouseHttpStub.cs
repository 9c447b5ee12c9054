using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using MemberInsights.ClickHouse.Embedded;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MemberInsights.ClickHouse.Tests.Http;

/// <summary>
/// A loopback stand-in for a ClickHouse server's HTTP interface, as documented (see
/// shared/CLICKHOUSE-HTTP.md): it executes the received SQL and <c>param_*</c> values on the real
/// embedded engine and answers with its RowBinaryWithNamesAndTypes output, gzip when asked, the
/// documented error statuses, <c>X-ClickHouse-Exception-Code</c> and error bodies, and can inject faults.
/// </summary>
public sealed class ClickHouseHttpStub : IAsyncDisposable
{
    private static readonly HashSet<string> NotSettings = ["database", "default_format", "query", "enable_http_compression", "query_id", "session_id"];
    private readonly WebApplication _app;
    private readonly EmbeddedTransport _engine;
    private int _failNext;

    private ClickHouseHttpStub(WebApplication app, EmbeddedTransport engine)
    {
        _app = app;
        _engine = engine;
    }

    public const string Password = "s3cret";

    public string Url => _app.Urls.First();

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public StubFault Fault { get; set; } = StubFault.ServiceUnavailable;

    public void FailNextRequests(int count) => Volatile.Write(ref _failNext, count);

    public static async Task<ClickHouseHttpStub> StartAsync(EmbeddedEngineFixture engine)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new ClickHouseHttpStub(app, (EmbeddedTransport)engine.Client.Transport);
        app.Run(stub.HandleAsync);
        await app.StartAsync();
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var body = await ReadBodyAsync(request);
        var (user, key) = Credentials(request);
        var recorded = new RecordedRequest(
            request.Method,
            Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 4096))),
            user,
            key,
            request.Headers.ContentEncoding.ToString(),
            request.Headers.AcceptEncoding.ToString(),
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()));
        Requests.Enqueue(recorded);

        if (Interlocked.Decrement(ref _failNext) >= 0)
        {
            if (Fault == StubFault.ConnectionReset)
            {
                http.Abort();
                return;
            }

            await WriteErrorAsync(http, new ClickHouseException(439, "CANNOT_SCHEDULE_TASK", "Code: 439. DB::Exception: Cannot schedule a task. (CANNOT_SCHEDULE_TASK) (version stub)"));
            return;
        }

        if (request.Method != HttpMethods.Post)
        {
            http.Response.StatusCode = 405;
            return;
        }

        if (recorded.User != "default" || recorded.Key != Password)
        {
            await WriteErrorAsync(http, ClickHouseException.FromErrorText($"Code: 516. DB::Exception: {recorded.User}: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED) (version stub)"));
            return;
        }

        var parameters = new QueryParameters();
        var settings = new QuerySettings();
        foreach (var (name, value) in recorded.Query)
        {
            if (name.StartsWith("param_", StringComparison.Ordinal))
            {
                parameters.AddText(name["param_".Length..], value);
            }
            else if (!NotSettings.Contains(name))
            {
                if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    settings.Set(name, number);
                }
                else
                {
                    settings.Set(name, value);
                }
            }
        }

        recorded.Query.TryGetValue("database", out var database);
        // The query is the `query` URL parameter, then a newline and the body, when both are given.
        if (recorded.Query.TryGetValue("query", out var query) && query.Length > 0)
        {
            body = [.. Encoding.UTF8.GetBytes(query + "\n"), .. body];
        }

        byte[] output;
        QueryStats stats;
        try
        {
            (output, stats) = await _engine.ExecuteRawAsync(body, parameters, settings, database, http.RequestAborted);
        }
        catch (ClickHouseException e)
        {
            await WriteErrorAsync(http, e);
            return;
        }

        http.Response.Headers["X-ClickHouse-Format"] = "RowBinaryWithNamesAndTypes";
        http.Response.Headers["X-ClickHouse-Summary"] = string.Create(CultureInfo.InvariantCulture,
            $"{{\"read_rows\":\"{stats.RowsRead}\",\"read_bytes\":\"{stats.BytesRead}\",\"written_rows\":\"{stats.RowsWritten}\",\"elapsed_ns\":\"{stats.Elapsed.Ticks * 100}\"}}");
        var compress = recorded.Query.GetValueOrDefault("enable_http_compression") is "1" or "true" && recorded.AcceptEncoding.Contains("gzip", StringComparison.Ordinal) && output.Length > 0;
        if (compress)
        {
            http.Response.Headers.ContentEncoding = "gzip";
            recorded.ResponseCompressed = true;
            await using var gzip = new GZipStream(http.Response.Body, CompressionLevel.Fastest, leaveOpen: true);
            await gzip.WriteAsync(output);
        }
        else
        {
            await http.Response.Body.WriteAsync(output);
        }
    }

    // The documented schemes: X-ClickHouse-User/Key headers or HTTP Basic (mixing them is an authentication error).
    private static (string User, string Key) Credentials(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..]));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return request.Headers.ContainsKey("X-ClickHouse-User") ? ("", "") : (pair[..colon], pair[(colon + 1)..]);
        }

        return (request.Headers["X-ClickHouse-User"].ToString(), request.Headers["X-ClickHouse-Key"].ToString());
    }

    private static async Task WriteErrorAsync(HttpContext http, ClickHouseException error)
    {
        http.Response.StatusCode = error.ErrorCode switch
        {
            62 or 27 or 6 or 53 or 36 => 400,
            194 => 401,
            516 or 192 or 193 => 403,
            60 or 81 or 47 or 46 or 50 or 115 or 456 => 404,
            159 => 408,
            209 or 76 or 439 => 503,
            _ => 500,
        };
        http.Response.Headers["X-ClickHouse-Exception-Code"] = error.ErrorCode.ToString(CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/plain; charset=UTF-8";
        await http.Response.WriteAsync(error.Message + "\n");
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var source = request.Headers.ContentEncoding.ToString() == "gzip" ? new GZipStream(request.Body, CompressionMode.Decompress) : request.Body;
        await source.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}

public enum StubFault
{
    ServiceUnavailable,
    ConnectionReset,
}

public sealed record RecordedRequest(
    string Method,
    string Body,
    string User,
    string Key,
    string ContentEncoding,
    string AcceptEncoding,
    IReadOnlyDictionary<string, string> Query)
{
    public bool ResponseCompressed { get; set; }
}
