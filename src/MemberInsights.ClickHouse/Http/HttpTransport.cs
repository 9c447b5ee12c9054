using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using ClickHouse.Driver;
using ClickHouse.Driver.ADO;
using MemberInsights.ClickHouse.Formats;
using MemberInsights.ClickHouse.Transport;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Driver = ClickHouse.Driver.ClickHouseClient;

namespace MemberInsights.ClickHouse.Http;

/// <summary>
/// Talks to a ClickHouse server through the official driver (ClickHouse.Driver): the driver owns connections,
/// authentication, compression, query ids, settings and server errors; this transport hands it the project's own
/// formats through its raw calls (the SQL and <c>param_*</c> values in, RowBinaryWithNamesAndTypes bytes out for the
/// one reader; RowBinary bytes from the one encoder in). Idempotent reads are retried on connection faults and
/// 502/503/504; writes never.
/// </summary>
internal sealed class HttpTransport : IClickHouseTransport
{
    private readonly Driver _driver;
    private readonly HttpClient _http;
    private readonly ClickHouseOptions _options;
    private readonly ResiliencePipeline _readRetry;

    private HttpTransport(ClickHouseOptions options, Uri uri, ILogger logger)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(10),
            // Below the shortest keep-alive timeout servers use (3 s before 23.11), so we never reuse a socket the server is closing.
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(2.5),
        };
        _http = new HttpClient(new ResponseObserver(handler)) { Timeout = options.EffectiveQueryTimeout + TimeSpan.FromSeconds(15) };
        _driver = new Driver(new ClickHouseClientSettings
        {
            Host = uri.Host,
            Port = (ushort)uri.Port,
            Protocol = uri.Scheme,
            Path = uri.AbsolutePath,
            Username = options.User,
            Password = options.Password,
            Database = options.Database,
            UseCompression = true,
            AcceptEncoding = "gzip",
            HttpClient = _http,
        });
        _readRetry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(50),
                ShouldHandle = new PredicateBuilder()
                    .Handle<HttpRequestException>()
                    .Handle<HttpIOException>()
                    .Handle<ClickHouseException>(e => e.HttpStatusCode is 502 or 503 or 504),
                OnRetry = args =>
                {
                    logger.LogWarning(args.Outcome.Exception, "ClickHouse read failed (attempt {Attempt}); retrying in {Delay} ms", args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public EngineKind Kind => EngineKind.Server;

    public static HttpTransport Create(ClickHouseOptions options, ILogger logger)
    {
        if (!Uri.TryCreate(options.ServerUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"CLICKHOUSE_URL '{options.ServerUrl}' is not an http(s) URL such as http://localhost:8123.", nameof(options));
        }

        return new HttpTransport(options, uri, logger);
    }

    public async Task<QueryStats> ExecuteAsync(Statement statement, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        var (stream, response) = await OpenAsync(statement, ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await stream.CopyToAsync(Stream.Null, ct).ConfigureAwait(false);
        }

        return SummaryHeader.Parse(response.Summary, stopwatch.Elapsed);
    }

    public async Task<Stream> OpenQueryAsync(Statement statement, CancellationToken ct) => (await OpenAsync(statement, ct).ConfigureAwait(false)).Stream;

    public async Task<QueryStats> InsertAsync(string table, IReadOnlyList<ColumnDefinition> columns, ReadOnlyMemory<byte> rowBinary, QuerySettings? settings, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        var body = MemoryMarshal.TryGetArray(rowBinary, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(rowBinary.ToArray(), writable: false);
        using var observed = ResponseObserver.Observe();
        try
        {
            using var response = await _driver.InsertRawStreamAsync(
                InsertStatement.QuoteTable(table), body, "RowBinary", columns.Select(c => InsertStatement.Quote(c.Name)), useCompression: true,
                Options(new Statement("INSERT", null, settings)), ct).ConfigureAwait(false);
        }
        catch (ClickHouseServerException e)
        {
            throw Translate(e, observed.Response);
        }

        return SummaryHeader.Parse(observed.Response.Summary, stopwatch.Elapsed);
    }

    public ValueTask DisposeAsync()
    {
        _driver.Dispose();
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<(Stream Stream, ServerResponse Response)> OpenAsync(Statement statement, CancellationToken ct)
    {
        if (!StatementKind.IsReadOnly(statement.Sql))
        {
            return await OpenOnceAsync(statement, ct).ConfigureAwait(false);
        }

        return await _readRetry.ExecuteAsync(async token => await OpenOnceAsync(statement, token).ConfigureAwait(false), ct).ConfigureAwait(false);
    }

    private async Task<(Stream Stream, ServerResponse Response)> OpenOnceAsync(Statement statement, CancellationToken ct)
    {
        using var observed = ResponseObserver.Observe();
        ClickHouseRawResult result;
        try
        {
            result = await _driver.ExecuteRawResultAsync(statement.Sql, Options(statement), ct).ConfigureAwait(false);
        }
        catch (ClickHouseServerException e)
        {
            throw Translate(e, observed.Response);
        }

        try
        {
            var body = await result.ReadDecompressedStreamAsync().ConfigureAwait(false);
            if (observed.Response.ExceptionTag is { } tag)
            {
                body = new ExceptionTagStream(body, tag);
            }

            return (new ResponseStream(body, result), observed.Response);
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    // Settings and parameters travel as URL parameters (the driver URL-encodes values); the SQL goes in the body.
    private QueryOptions Options(Statement statement)
    {
        var custom = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["max_execution_time"] = Math.Max(1, (long)Math.Ceiling(_options.EffectiveQueryTimeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in statement.Settings?.AsText() ?? [])
        {
            custom[name] = value;
        }

        foreach (var (name, value) in statement.Parameters ?? [])
        {
            custom["param_" + name] = value;
        }

        return new QueryOptions { QueryId = Guid.NewGuid().ToString(), CustomSettings = custom };
    }

    private static ClickHouseException Translate(ClickHouseServerException error, ServerResponse response)
    {
        var status = response.Status is { } code ? (int)code : (int?)null;
        var text = string.IsNullOrWhiteSpace(error.Message) ? $"ClickHouse server answered HTTP {status}" : error.Message;
        var translated = ClickHouseException.FromErrorText(text, response.ExceptionCode ?? (error.ErrorCode > 0 ? error.ErrorCode : null), status);
        return new ClickHouseException(translated.ErrorCode, translated.ErrorName, translated.Message, error) { HttpStatusCode = status };
    }
}
