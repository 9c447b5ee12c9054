using System.Buffers;
using System.Text.Json;
using MemberInsights.GraphQL.Execution;

namespace MemberInsights.Api.Access;

/// <summary>The bodies of refused requests: a GraphQL response with one error and its code, never a detail of a credential.</summary>
public static class AccessResponses
{
    /// <summary>The code of a request without valid credentials (401).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The code of a request its caller's roles do not allow (403).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The code of a request over its caller's rate limit (429).</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>What a 401 answers to: the schemes a client can use.</summary>
    public const string Challenge = "Bearer realm=\"member-insights\", ApiKey realm=\"member-insights\", header=\"X-Api-Key\"";

    /// <summary>Writes <c>{"errors":[{"message":..., "extensions":{"code":...}}]}</c> with <paramref name="status"/>.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string code, string message, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, ExecutionResult.WriterOptions))
        {
            Write(writer, code, message, extensions);
        }

        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    private static void Write(Utf8JsonWriter writer, string code, string message, IReadOnlyDictionary<string, object?>? extensions)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteStartObject("extensions");
        writer.WriteString("code", code);
        foreach (var (name, value) in extensions ?? new Dictionary<string, object?>())
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
