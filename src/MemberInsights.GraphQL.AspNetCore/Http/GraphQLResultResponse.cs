using System.Text.Json;
using MemberInsights.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace MemberInsights.GraphQL.AspNetCore.Http;

/// <summary>
/// Writes an execution result with the status code the GraphQL-over-HTTP spec gives it: a result
/// with <c>data</c> is 200; a request error (parse, validation, operation or variable coercion
/// failure: no <c>data</c>) is 400 under <c>application/graphql-response+json</c> and 200 under
/// <c>application/json</c>; a mutation over GET is 405 with <c>Allow: POST</c> under both, and an operation the caller may not run
/// (e.g. introspection) 403 under both.
/// </summary>
internal static class GraphQLResultResponse
{
    public static async Task<int> WriteAsync(HttpContext context, ExecutionResult result, ResponseMediaType mediaType, CancellationToken cancellationToken)
    {
        var response = context.Response;
        var statusCode = StatusCodeOf(result, mediaType);
        response.StatusCode = statusCode;
        response.ContentType = mediaType == ResponseMediaType.Json ? GraphQLMediaTypes.JsonUtf8 : GraphQLMediaTypes.GraphQLResponseJsonUtf8;
        if (statusCode == StatusCodes.Status405MethodNotAllowed)
        {
            response.Headers[HeaderNames.Allow] = HttpMethods.Post;
        }

        using (var writer = new Utf8JsonWriter(response.BodyWriter, ExecutionResult.WriterOptions))
        {
            result.WriteTo(writer);
        }

        await response.BodyWriter.FlushAsync(cancellationToken);
        return statusCode;
    }

    private static int StatusCodeOf(ExecutionResult result, ResponseMediaType mediaType)
    {
        if (!result.IsRequestError)
        {
            return StatusCodes.Status200OK;
        }

        if (result.RequestError == RequestErrorKind.OperationNotAllowed)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (result.RequestError == RequestErrorKind.Forbidden)
        {
            return StatusCodes.Status403Forbidden;
        }

        if (result.RequestError == RequestErrorKind.Throttled)
        {
            return StatusCodes.Status429TooManyRequests;
        }

        return mediaType == ResponseMediaType.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }
}
