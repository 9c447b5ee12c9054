using System.Security.Cryptography;
using System.Text;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Utilities;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace MemberInsights.GraphQL.AspNetCore.Http;

/// <summary>
/// The executor's schema printed as SDL (graphql-js <c>printSchema</c> plus <c>@authorize</c>), for code generators
/// where introspection is off: printed once, served with a strong ETag (a matching <c>If-None-Match</c> gets 304).
/// </summary>
internal sealed class SchemaDocument(IRequestExecutor executor)
{
    /// <summary>The GET parameter that asks the endpoint itself for the SDL (<c>/graphql?sdl</c>).</summary>
    public const string QueryParameter = "sdl";

    /// <summary>The path below the endpoint that serves the SDL.</summary>
    public const string Path = "schema.graphql";

    private readonly Lazy<(byte[] Body, string ETag)> _document = new(() =>
    {
        var body = Encoding.UTF8.GetBytes(SchemaPrinter.Print(executor.Schema) + "\n");
        return (body, "\"" + Convert.ToHexStringLower(SHA256.HashData(body)) + "\"");
    });

    public async Task WriteAsync(HttpContext context)
    {
        var (body, etag) = _document.Value;
        var response = context.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim() == etag)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = "text/plain; charset=utf-8";
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        await response.Body.WriteAsync(body, context.RequestAborted);
    }
}
