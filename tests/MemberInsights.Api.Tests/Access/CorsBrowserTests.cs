using System.Diagnostics;
using System.Net;
using System.Text.Json;
using MemberInsights.Api.Contracts;
using MemberInsights.Api.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemberInsights.Api.Tests.Access;

/// <summary>
/// CORS in a real browser: pages served from other loopback ports call the API (Kestrel, Production's rules) with
/// fetch and an API key, which makes Chromium send a preflight. The configured origin is answered; another is refused
/// by the browser because the API sends it no CORS headers.
/// </summary>
public sealed class CorsBrowserTests : IAsyncLifetime
{
    private WebApplication? _pages;
    private CorsApi? _api;
    private int _pagePort;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _pages = builder.Build();
        _pages.MapGet("/", (HttpContext context) => Results.Content(Page(context.Request.Query["endpoint"]!, context.Request.Query["key"]!), "text/html"));
        await _pages.StartAsync();
        _pagePort = new Uri(_pages.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        _api = new CorsApi($"http://127.0.0.1:{_pagePort}");
    }

    public async Task DisposeAsync()
    {
        _api?.Dispose();
        if (_pages is not null)
        {
            await _pages.StopAsync();
            await _pages.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_page_of_the_configured_origin_calls_the_API_and_a_page_of_another_origin_is_refused_by_the_browser()
    {
        var endpoint = Uri.EscapeDataString(_api!.Endpoint.ToString());
        var key = Uri.EscapeDataString(_api.Keys[AccessRoles.Frontend]);
        var allowed = $"http://127.0.0.1:{_pagePort}/?endpoint={endpoint}&key={key}";
        var refused = $"http://localhost:{_pagePort}/?endpoint={endpoint}&key={key}";

        var results = await RunAsync(allowed, refused);

        var first = results[0];
        Assert.True(first.GetProperty("ok").GetBoolean(), first.ToString());
        Assert.Equal(200, first.GetProperty("status").GetInt32());
        Assert.True(first.GetProperty("body").GetProperty("data").GetProperty("metricDefinitions").GetProperty("totalCount").GetInt32() > 0);
        var second = results[1];
        Assert.False(second.GetProperty("ok").GetBoolean(), second.ToString());
        Assert.Contains("Failed to fetch", second.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preflight_is_answered_for_the_configured_origin_with_its_max_age_and_without_CORS_headers_for_another()
    {
        using var client = new HttpClient();
        using var allowed = await PreflightAsync(client, $"http://127.0.0.1:{_pagePort}");
        using var refused = await PreflightAsync(client, "https://elsewhere.example");

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal($"http://127.0.0.1:{_pagePort}", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("x-api-key", allowed.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("600", allowed.Headers.GetValues("Access-Control-Max-Age").Single());
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private async Task<HttpResponseMessage> PreflightAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, _api!.Endpoint);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        return await client.SendAsync(request);
    }

    private static async Task<List<JsonElement>> RunAsync(params string[] pages)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "tests", "MemberInsights.Api.Tests", "Access", "cors-check.mjs"));
        foreach (var page in pages)
        {
            start.ArgumentList.Add(page);
        }

        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(node.ExitCode != 3, "Chromium is required for the CORS check: " + await output);
        Assert.True(node.ExitCode == 0, await output + await errors);
        return JsonDocument.Parse(await output).RootElement.EnumerateArray().ToList();
    }

    private static string Page(string endpoint, string key) => $$"""
        <!doctype html>
        <html><head><title>CORS check</title></head><body><script>
        fetch({{JsonSerializer.Serialize(endpoint)}}, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': {{JsonSerializer.Serialize(key)}} },
          body: JSON.stringify({ query: '{ metricDefinitions(first: 1) { totalCount } }' }),
        }).then(async (r) => { window.corsResult = { ok: true, status: r.status, body: await r.json() }; })
          .catch((e) => { window.corsResult = { ok: false, error: String(e) }; });
        </script></body></html>
        """;

    /// <summary>The tiny API on Kestrel with one allowed origin.</summary>
    private sealed class CorsApi : ApiFactory
    {
        public CorsApi(string origin)
        {
            Settings["Access:Cors:Origins:0"] = origin;
            UseKestrel(0);
            StartServer();
        }

        public Uri Endpoint => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/graphql");
    }
}
