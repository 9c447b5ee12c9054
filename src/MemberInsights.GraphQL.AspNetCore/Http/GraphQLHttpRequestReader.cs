using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace MemberInsights.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads the request parameters from a GET query string or a POST <c>application/json</c> body
/// (spec §GET, §POST), refusing what is not a well-formed GraphQL-over-HTTP request.
/// </summary>
internal static class GraphQLHttpRequestReader
{
    public static GraphQLHttpRequest ReadGet(HttpRequest request, GraphQLServerOptions options)
    {
        var parameters = request.Query;
        var query = NullIfEmpty(parameters["query"]);
        if (query is not null && query.Length > options.MaxGetQueryLength)
        {
            throw new GraphQLHttpRequestException(
                StatusCodes.Status414UriTooLong,
                HttpErrorCodes.QueryTooLong,
                $"The query is longer than {options.MaxGetQueryLength} characters: send it with POST, or use a persisted operation.");
        }

        return new GraphQLHttpRequest
        {
            Query = query,
            OperationName = NullIfEmpty(parameters["operationName"]),
            Variables = ParseObjectParameter(parameters["variables"], "variables"),
            Extensions = ParseObjectParameter(parameters["extensions"], "extensions"),
            DocumentId = NullIfEmpty(parameters["id"]) ?? NullIfEmpty(parameters["documentId"]),
        };
    }

    public static async ValueTask<GraphQLHttpRequest> ReadPostAsync(HttpRequest request, GraphQLServerOptions options, CancellationToken cancellationToken)
    {
        EnsureJsonContentType(request.ContentType);
        var limit = options.MaxRequestBodySize;
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        // Let the server enforce the same limit while it receives the body.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        var reader = request.BodyReader;
        while (true)
        {
            ReadResult read;
            try
            {
                read = await reader.ReadAsync(cancellationToken);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                throw TooLarge(limit);
            }

            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                throw TooLarge(limit);
            }

            if (read.IsCompleted)
            {
                try
                {
                    return ParseBody(buffer);
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static void EnsureJsonContentType(string? contentType)
    {
        if (contentType is not null && (contentType is GraphQLMediaTypes.Json or GraphQLMediaTypes.JsonUtf8
            || MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
               && (!parsed.Charset.HasValue || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))))
        {
            return;
        }

        throw new GraphQLHttpRequestException(
            StatusCodes.Status415UnsupportedMediaType,
            HttpErrorCodes.UnsupportedMediaType,
            contentType is null
                ? "A POST request needs the Content-Type header application/json."
                : $"Unsupported Content-Type '{contentType}': send the request as application/json (UTF-8).");
    }

    private static GraphQLHttpRequest ParseBody(ReadOnlySequence<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 128 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Malformed(reader.TokenType == JsonTokenType.StartArray
                    ? "Batched requests (a JSON array) are not supported: send one request object."
                    : "The request body must be a JSON object.");
            }

            string? query = null, operationName = null, documentId = null;
            JsonElement? variables = null, extensions = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("query"u8))
                {
                    query = ReadString(ref reader, "query");
                }
                else if (reader.ValueTextEquals("operationName"u8))
                {
                    operationName = ReadString(ref reader, "operationName");
                }
                else if (reader.ValueTextEquals("variables"u8))
                {
                    variables = ReadObject(ref reader, "variables");
                }
                else if (reader.ValueTextEquals("extensions"u8))
                {
                    extensions = ReadObject(ref reader, "extensions");
                }
                else if (reader.ValueTextEquals("id"u8) || reader.ValueTextEquals("documentId"u8))
                {
                    documentId = ReadString(ref reader, "id") ?? documentId;
                }
                else
                {
                    reader.Skip();
                }
            }

            if (reader.Read())
            {
                throw Malformed("The request body must hold exactly one JSON object.");
            }

            return new GraphQLHttpRequest
            {
                Query = query,
                OperationName = NullIfEmpty(operationName),
                Variables = variables,
                Extensions = extensions,
                DocumentId = documentId,
            };
        }
        catch (JsonException e)
        {
            throw Malformed($"The request body is not valid JSON: {e.Message}");
        }
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw InvalidParameter($"The '{name}' parameter must be a string."),
        };
    }

    private static JsonElement? ReadObject(ref Utf8JsonReader reader, string name)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.StartObject => JsonElement.ParseValue(ref reader),
            JsonTokenType.Null => null,
            _ => throw InvalidParameter($"The '{name}' parameter must be a JSON object."),
        };
    }

    private static JsonElement? ParseObjectParameter(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => document.RootElement.Clone(),
                JsonValueKind.Null => null,
                _ => throw InvalidParameter($"The '{name}' parameter must be a JSON object."),
            };
        }
        catch (JsonException e)
        {
            throw InvalidParameter($"The '{name}' parameter is not valid JSON: {e.Message}");
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static GraphQLHttpRequestException Malformed(string message) =>
        new(StatusCodes.Status400BadRequest, HttpErrorCodes.MalformedRequest, message);

    private static GraphQLHttpRequestException InvalidParameter(string message) =>
        new(StatusCodes.Status400BadRequest, HttpErrorCodes.InvalidParameter, message);

    private static GraphQLHttpRequestException TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, HttpErrorCodes.RequestTooLarge, $"The request body is larger than {limit} bytes.");
}
