using System.Net;

namespace MemberInsights.ClickHouse.Http;

/// <summary>
/// What the server answered to one request, as seen under the driver: the status and the ClickHouse headers the
/// driver does not hand back (X-ClickHouse-Summary for statistics, X-ClickHouse-Exception-Tag for mid-stream errors,
/// X-ClickHouse-Exception-Code). One per transport call, carried to the handler by an AsyncLocal.
/// </summary>
internal sealed class ServerResponse
{
    public HttpStatusCode? Status { get; set; }

    public string? Summary { get; set; }

    public string? ExceptionTag { get; set; }

    public int? ExceptionCode { get; set; }
}

/// <summary>
/// The innermost handler's wrapper in the driver's HttpClient: it only reads the response of the call that is
/// observing (the driver builds and sends every request itself) and never changes it.
/// </summary>
internal sealed class ResponseObserver(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private static readonly AsyncLocal<ServerResponse?> Current = new();

    /// <summary>Starts observing the responses of the calling flow; dispose the scope to stop.</summary>
    public static Scope Observe()
    {
        var response = new ServerResponse();
        Current.Value = response;
        return new Scope(response);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (Current.Value is { } observed)
        {
            observed.Status = response.StatusCode;
            observed.Summary = Header(response, "X-ClickHouse-Summary");
            observed.ExceptionTag = Header(response, "X-ClickHouse-Exception-Tag");
            observed.ExceptionCode = int.TryParse(Header(response, "X-ClickHouse-Exception-Code"), System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : null;
        }

        return response;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>An observation in progress.</summary>
    public readonly struct Scope(ServerResponse response) : IDisposable
    {
        public ServerResponse Response { get; } = response;

        public void Dispose()
        {
            if (ReferenceEquals(Current.Value, Response))
            {
                Current.Value = null;
            }
        }
    }
}
