using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace MemberInsights.GraphQL.AspNetCore.Http;

/// <summary>
/// Chooses the response media type from the <c>Accept</c> header: the highest-quality type the
/// server supports; <c>*/*</c> and <c>application/*</c> mean the preferred
/// <c>application/graphql-response+json</c>, as does a missing header (the spec's default since
/// the 2025 watershed).
/// </summary>
internal static class AcceptNegotiation
{
    public static ResponseMediaType Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return ResponseMediaType.GraphQLResponseJson;
        }

        if (accept.Count == 1)
        {
            // Fast path for what GraphQL clients send almost always.
            switch (accept[0])
            {
                case GraphQLMediaTypes.GraphQLResponseJson or GraphQLMediaTypes.GraphQLResponseJsonUtf8:
                    return ResponseMediaType.GraphQLResponseJson;
                case GraphQLMediaTypes.Json or GraphQLMediaTypes.JsonUtf8:
                    return ResponseMediaType.Json;
                case "*/*":
                    return ResponseMediaType.GraphQLResponseJson;
            }
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var mediaTypes))
        {
            return ResponseMediaType.None;
        }

        var best = ResponseMediaType.None;
        var bestQuality = 0.0;
        foreach (var mediaType in mediaTypes)
        {
            var quality = mediaType.Quality ?? 1.0;
            var candidate = Classify(mediaType);
            if (candidate == ResponseMediaType.None || quality <= bestQuality)
            {
                continue;
            }

            best = candidate;
            bestQuality = quality;
        }

        return best;
    }

    private static ResponseMediaType Classify(MediaTypeHeaderValue mediaType)
    {
        if (mediaType.Charset.HasValue && !mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseMediaType.None;
        }

        if (mediaType.MediaType.Equals(GraphQLMediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseMediaType.GraphQLResponseJson;
        }

        if (mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseMediaType.Json;
        }

        return mediaType.MatchesAllTypes || mediaType.MatchesAllSubTypes && mediaType.Type.Equals("application", StringComparison.OrdinalIgnoreCase)
            ? ResponseMediaType.GraphQLResponseJson
            : ResponseMediaType.None;
    }

    /// <summary>Whether a browser asks for a page: <c>text/html</c> is listed with a non-zero quality.</summary>
    public static bool AcceptsHtml(StringValues accept)
    {
        foreach (var value in accept)
        {
            if (value is not null && value.Contains("text/html", StringComparison.OrdinalIgnoreCase)
                && MediaTypeHeaderValue.TryParseList([value], out var mediaTypes)
                && mediaTypes.Any(m => m.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (m.Quality ?? 1.0) > 0))
            {
                return true;
            }
        }

        return false;
    }
}
