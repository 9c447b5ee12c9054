using System.Text.Json;
using MemberInsights.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace MemberInsights.GraphQL.AspNetCore.Http;

/// <summary>Writes a GraphQL response that holds only one error (no <c>data</c>), for requests refused before execution.</summary>
internal static class GraphQLErrorResponse
{
    public static async Task WriteAsync(HttpContext context, int statusCode, string contentType, string message, string code, string? correlationId = null)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        using (var writer = new Utf8JsonWriter(response.BodyWriter, ExecutionResult.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteStartObject("extensions");
            writer.WriteString("code", code);
            if (correlationId is not null)
            {
                writer.WriteString("correlationId", correlationId);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
