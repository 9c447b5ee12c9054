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
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 128 };

    public static GraphQLHttpRequest ReadGet(HttpRequest request, GraphQLServerOptions options)
    {
        EnsureUtf8QueryString(request.QueryString.Value);
        var parameters = request.Query;
        foreach (var name in (string[])["query", "operationName", "variables", "extensions", "id", "documentId"])
        {
            if (parameters[name].Count > 1)
            {
                throw InvalidParameter($"The query string sets the '{name}' parameter more than once.");
            }
        }

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
        if (Utf8Check.Problem(body) is { } problem)
        {
            throw Malformed($"The request body is not valid UTF-8: {problem}.");
        }

        try
        {
            EnsureUnicodeStrings(body, "The request body");
            var reader = new Utf8JsonReader(body, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Malformed(reader.TokenType == JsonTokenType.StartArray
                    ? "Batched requests (a JSON array) are not supported: send one request object."
                    : "The request body must be a JSON object.");
            }

            string? query = null, operationName = null, documentId = null;
            JsonElement? variables = null, extensions = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.ValueTextEquals("query"u8) ? "query"
                    : reader.ValueTextEquals("operationName"u8) ? "operationName"
                    : reader.ValueTextEquals("variables"u8) ? "variables"
                    : reader.ValueTextEquals("extensions"u8) ? "extensions"
                    : reader.ValueTextEquals("id"u8) || reader.ValueTextEquals("documentId"u8) ? "id"
                    : null;
                if (name is null)
                {
                    reader.Skip();
                    continue;
                }

                if (!seen.Add(name))
                {
                    throw Malformed($"The request body sets the '{name}' parameter more than once.");
                }

                switch (name)
                {
                    case "query":
                        query = ReadString(ref reader, name);
                        break;
                    case "operationName":
                        operationName = ReadString(ref reader, name);
                        break;
                    case "variables":
                        variables = ReadObject(ref reader, name);
                        break;
                    case "extensions":
                        extensions = ReadObject(ref reader, name);
                        break;
                    default:
                        documentId = ReadString(ref reader, name);
                        break;
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

    /// <summary>
    /// Refuses a JSON string whose escapes encode a lone surrogate (<c>"\ud800"</c>): it is valid JSON
    /// syntax but not Unicode text, and no GraphQL string or variable value can hold it.
    /// </summary>
    private static void EnsureUnicodeStrings(ReadOnlySequence<byte> body, string what)
    {
        var reader = new Utf8JsonReader(body, ReaderOptions);
        while (reader.Read())
        {
            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) || !reader.ValueIsEscaped)
            {
                continue;
            }

            try
            {
                reader.GetString();
            }
            catch (InvalidOperationException)
            {
                var bytes = body.IsSingleSegment ? body.FirstSpan : body.ToArray();
                throw Malformed(
                    $"{what} has a string with a lone surrogate escape (\\uD800-\\uDFFF without its pair) at byte offset {reader.TokenStartIndex} ({Utf8Check.Position(bytes, reader.TokenStartIndex)}): JSON strings must be Unicode text.");
            }
        }
    }

    /// <summary>Refuses a query string whose percent-decoded parameters are not UTF-8 (ASP.NET would turn them into U+FFFD silently).</summary>
    private static void EnsureUtf8QueryString(string? queryString)
    {
        if (string.IsNullOrEmpty(queryString))
        {
            return;
        }

        foreach (var pair in queryString.TrimStart('?').Split('&'))
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var name = separator < 0 ? pair : pair[..separator];
            var value = separator < 0 ? string.Empty : pair[(separator + 1)..];
            if (Utf8Check.Problem(PercentDecode(name)) is { } nameProblem)
            {
                throw InvalidParameter($"A query string parameter name is not valid UTF-8 once percent-decoded: {nameProblem}.");
            }

            if (Utf8Check.Problem(PercentDecode(value)) is { } valueProblem)
            {
                throw InvalidParameter($"The query string parameter '{Uri.UnescapeDataString(name)}' is not valid UTF-8 once percent-decoded: {valueProblem}.");
            }
        }
    }

    private static byte[] PercentDecode(string component)
    {
        var bytes = new List<byte>(component.Length);
        for (var i = 0; i < component.Length; i++)
        {
            var c = component[i];
            if (c == '%' && i + 2 < component.Length && IsHex(component[i + 1]) && IsHex(component[i + 2]))
            {
                bytes.Add(Convert.ToByte(component.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (c == '+')
            {
                bytes.Add((byte)' ');
            }
            else if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(component.Substring(i, char.IsHighSurrogate(c) && i + 1 < component.Length ? 2 : 1)));
                i += char.IsHighSurrogate(c) && i + 1 < component.Length ? 1 : 0;
            }
        }

        return [.. bytes];
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

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
            EnsureUnicodeStrings(new ReadOnlySequence<byte>(System.Text.Encoding.UTF8.GetBytes(text)), $"The '{name}' parameter");
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
