using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MemberInsights.ClickHouse.Transport;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace MemberInsights.ClickHouse.Http;

/// <summary>
/// Talks to a ClickHouse server's HTTP interface: SQL in the POST body, <c>param_*</c> values and
/// settings in the URL, RowBinaryWithNamesAndTypes responses (gzip-compressed), gzip-compressed
/// insert bodies. Idempotent reads are retried on connection faults and 502/503/504; writes never.
/// </summary>
internal sealed class HttpTransport : IClickHouseTransport
{
    private const string OutputFormat = "RowBinaryWithNamesAndTypes";
    private readonly HttpClient _http;
    private readonly ClickHouseOptions _options;
    private readonly string _baseUrl;
    private readonly ResiliencePipeline _readRetry;

    private HttpTransport(ClickHouseOptions options, ILogger logger)
    {
        _options = options;
        _baseUrl = options.ServerUrl!.TrimEnd('/') + "/";
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            // Below the shortest keep-alive timeout servers use (3 s before 23.11), so we never reuse a socket the server is closing.
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(2.5),
        };
        _http = new HttpClient(handler) { Timeout = options.EffectiveQueryTimeout + TimeSpan.FromSeconds(15) };
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

        return new HttpTransport(options, logger);
    }

    public async Task<QueryStats> ExecuteAsync(Statement statement, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        using var response = await SendAsync(statement, () => new StringContent(statement.Sql, Encoding.UTF8, "text/plain"), StatementKind.IsReadOnly(statement.Sql), ct).ConfigureAwait(false);
        await using (var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false))
        {
            await body.CopyToAsync(Stream.Null, ct).ConfigureAwait(false);
        }

        return SummaryHeader.Parse(response, stopwatch.Elapsed);
    }

    public async Task<Stream> OpenQueryAsync(Statement statement, CancellationToken ct)
    {
        var response = await SendAsync(statement, () => new StringContent(statement.Sql, Encoding.UTF8, "text/plain"), StatementKind.IsReadOnly(statement.Sql), ct).ConfigureAwait(false);
        try
        {
            var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            if (response.Headers.TryGetValues("X-ClickHouse-Exception-Tag", out var tags))
            {
                body = new ExceptionTagStream(body, tags.First());
            }

            return new ResponseStream(body, response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    public async Task<QueryStats> InsertAsync(string insertWithoutFormat, ReadOnlyMemory<byte> rowBinary, QuerySettings? settings, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        var statement = new Statement(insertWithoutFormat + " FORMAT RowBinary", null, settings);
        var prefix = Encoding.UTF8.GetBytes(statement.Sql + "\n");
        using var response = await SendAsync(statement, () => new GzipInsertContent(prefix, rowBinary), retry: false, ct).ConfigureAwait(false);
        return SummaryHeader.Parse(response, stopwatch.Elapsed);
    }

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<HttpResponseMessage> SendAsync(Statement statement, Func<HttpContent> content, bool retry, CancellationToken ct)
    {
        if (!retry)
        {
            return await SendOnceAsync(statement, content, ct).ConfigureAwait(false);
        }

        return await _readRetry.ExecuteAsync(async token => await SendOnceAsync(statement, content, token).ConfigureAwait(false), ct).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendOnceAsync(Statement statement, Func<HttpContent> content, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BuildUrl(statement)) { Content = content() };
        request.Headers.Add("X-ClickHouse-User", _options.User);
        if (_options.Password.Length > 0)
        {
            request.Headers.Add("X-ClickHouse-Key", _options.Password);
        }

        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ReadErrorAsync(response, ct).ConfigureAwait(false);
        }
    }

    private static async Task<ClickHouseException> ReadErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        int? code = response.Headers.TryGetValues("X-ClickHouse-Exception-Code", out var values)
            && int.TryParse(values.First(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            text = $"ClickHouse server answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }

        return ClickHouseException.FromErrorText(text, code, (int)response.StatusCode);
    }

    private string BuildUrl(Statement statement)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["max_execution_time"] = Math.Max(1, (long)Math.Ceiling(_options.EffectiveQueryTimeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in statement.Settings?.AsText() ?? [])
        {
            settings[name] = value;
        }

        var url = new StringBuilder(_baseUrl).Append("?default_format=").Append(OutputFormat).Append("&enable_http_compression=1");
        if (_options.Database != "default")
        {
            Append(url, "database", _options.Database);
        }

        foreach (var (name, value) in settings)
        {
            Append(url, name, value);
        }

        foreach (var (name, value) in statement.Parameters ?? [])
        {
            Append(url, "param_" + name, value);
        }

        return url.ToString();
    }

    private static void Append(StringBuilder url, string name, string value) =>
        url.Append('&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));

    /// <summary>The INSERT statement and its RowBinary rows as one gzip-compressed body, compressed while sending.</summary>
    private sealed class GzipInsertContent : HttpContent
    {
        private readonly byte[] _statement;
        private readonly ReadOnlyMemory<byte> _rows;

        public GzipInsertContent(byte[] statement, ReadOnlyMemory<byte> rows)
        {
            _statement = statement;
            _rows = rows;
            Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            Headers.ContentEncoding.Add("gzip");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true);
            await using (gzip.ConfigureAwait(false))
            {
                await gzip.WriteAsync(_statement).ConfigureAwait(false);
                await gzip.WriteAsync(_rows).ConfigureAwait(false);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
