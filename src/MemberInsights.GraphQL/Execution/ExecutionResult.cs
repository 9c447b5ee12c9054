using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Execution;

/// <summary>Why a request failed before execution started (the HTTP layer maps these to status codes).</summary>
public enum RequestErrorKind
{
    /// <summary>Execution started: the result has a <c>data</c> entry (possibly null) and maybe field errors.</summary>
    None,
    /// <summary>The request itself is malformed (no document, bad variables shape).</summary>
    InvalidRequest,
    /// <summary>The document did not parse (or broke a parser limit).</summary>
    Syntax,
    /// <summary>The document failed validation.</summary>
    Validation,
    /// <summary>No operation could be selected (unknown or missing operation name, unsupported root).</summary>
    OperationResolution,
    /// <summary>The operation type is not allowed for this request (HTTP GET mutation → 405).</summary>
    OperationNotAllowed,
    /// <summary>The variable values could not be coerced.</summary>
    VariableCoercion,
    /// <summary>The request's time budget ended before execution started (while parsing, validating or estimating).</summary>
    Timeout,
    /// <summary>The caller may not run the operation (e.g. introspection it is not allowed); HTTP 403.</summary>
    Forbidden,
    /// <summary>The operation's estimated cost was refused by <see cref="GraphQLRequest.AdmitCost"/> (a cost budget); HTTP 429.</summary>
    Throttled,
}

/// <summary>
/// The result of a request. Serialized by <see cref="WriteTo"/> as <c>errors</c>, then <c>data</c>, then
/// <c>extensions</c>: the spec (section 7.1) notes errors are best placed first so they are noticed.
/// </summary>
public sealed class ExecutionResult
{
    /// <summary>The data: an ordered map of response keys, null when a non-null root field failed; absent for request errors.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; init; }

    /// <summary>True when the result has a <c>data</c> entry (execution started).</summary>
    public bool HasData { get; init; }

    /// <summary>The errors, or null when there are none.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    /// <summary>Response extensions, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Set when the request failed before execution: the response has no <c>data</c>.</summary>
    public RequestErrorKind RequestError { get; init; }

    /// <summary>
    /// The lowercase hex SHA-256 of the document text (the persisted-operation id format) when the
    /// request carried text that was parsed or found in the document cache; null otherwise.
    /// </summary>
    public string? DocumentHash { get; internal set; }

    /// <summary>The operation that was selected for execution, or null when none could be.</summary>
    public OperationDefinitionNode? Operation { get; internal set; }

    /// <summary>True when the request failed before execution.</summary>
    public bool IsRequestError => RequestError != RequestErrorKind.None;

    /// <summary>
    /// The options to write responses with: only what JSON requires is escaped, so non-ASCII text
    /// stays UTF-8 and quotes stay <c>\"</c>, as graphql-js writes them (responses are JSON, never HTML).
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A result with request errors and no data.</summary>
    public static ExecutionResult FromRequestError(RequestErrorKind kind, IReadOnlyList<GraphQLError> errors) =>
        new() { RequestError = kind, Errors = errors };

    /// <summary>Writes the spec-shaped JSON response.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Errors is { Count: > 0 })
        {
            writer.WritePropertyName("errors");
            ResultJsonWriter.WriteErrors(writer, Errors);
        }

        if (HasData)
        {
            writer.WritePropertyName("data");
            ResultJsonWriter.WriteValue(writer, Data);
        }

        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            ResultJsonWriter.WriteValue(writer, Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>Serializes the response to a JSON string (for tests and logs; servers should use <see cref="WriteTo"/>).</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
