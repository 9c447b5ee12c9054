using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MemberInsights.GraphQL.AspNetCore.Explorer;

/// <summary>
/// Serves the Banana Cake Pop IDE (ChilliCream License 1.0, shipped with its LICENSE) at the
/// GraphQL endpoint: the page for browsers, its static files under the endpoint, and the
/// <c>bcp-config.json</c> it fetches on load to find the endpoint and to keep telemetry off.
/// </summary>
internal sealed class BananaCakePopExplorer
{
    private const string IndexFile = "index.html";
    private const string ConfigFile = "bcp-config.json";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly ExplorerOptions _options;
    private readonly Lazy<PhysicalFileProvider?> _files;
    private readonly Lazy<string?> _index;
    private readonly byte[] _config;

    public BananaCakePopExplorer(IOptions<GraphQLServerOptions> options)
    {
        _options = options.Value.Explorer;
        _files = new Lazy<PhysicalFileProvider?>(() => Directory.Exists(_options.AssetsDirectory) ? new PhysicalFileProvider(_options.AssetsDirectory) : null);
        _index = new Lazy<string?>(ReadIndex);
        _config = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["useBrowserUrlAsEndpoint"] = true,
            ["disableTelemetry"] = true,
            ["title"] = _options.Title,
        });
    }

    public bool Enabled => _options.Enabled;

    /// <summary>Writes the IDE page, with a base URL so its relative asset paths resolve under the endpoint.</summary>
    public Task WritePageAsync(HttpContext context)
    {
        var index = _index.Value;
        if (index is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync($"The explorer's files are missing from {_options.AssetsDirectory}: rebuild the application (npm ci installs them).");
        }

        var endpoint = (context.Request.PathBase + context.Request.Path).Value!.TrimEnd('/');
        var page = index.Replace("<head>", $"<head><base href=\"{System.Net.WebUtility.HtmlEncode(endpoint)}/\"/>", StringComparison.Ordinal);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return context.Response.WriteAsync(page, Encoding.UTF8);
    }

    /// <summary>Writes one of the IDE's files (or its generated configuration); 404 for anything else.</summary>
    public async Task WriteAssetAsync(HttpContext context, string relativePath)
    {
        if (relativePath == ConfigFile)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.Body.WriteAsync(_config, context.RequestAborted);
            return;
        }

        var file = _files.Value?.GetFileInfo(relativePath);
        if (file is null || !file.Exists || file.IsDirectory || relativePath == IndexFile)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = ContentTypeOf(relativePath);
        context.Response.ContentLength = file.Length;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        // Files under static/ carry a content hash in their names: they never change.
        context.Response.Headers.CacheControl = relativePath.StartsWith("static/", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.SendFileAsync(file, context.RequestAborted);
        }
    }

    private static string ContentTypeOf(string path)
    {
        if (Path.GetFileName(path) == "LICENSE")
        {
            return "text/plain; charset=utf-8";
        }

        return ContentTypes.TryGetContentType(path, out var contentType) ? contentType : "application/octet-stream";
    }

    private string? ReadIndex()
    {
        var path = Path.Combine(_options.AssetsDirectory, IndexFile);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>Whether the response for a GET is the explorer page rather than a GraphQL result.</summary>
    public static bool IsPageRequest(HttpRequest request) =>
        !request.Query.ContainsKey("query") && !request.Query.ContainsKey("id") && !request.Query.ContainsKey("documentId")
        && Http.AcceptNegotiation.AcceptsHtml(request.Headers[HeaderNames.Accept]);
}
