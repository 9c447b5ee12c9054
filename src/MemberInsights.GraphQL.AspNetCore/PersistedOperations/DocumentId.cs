using MemberInsights.GraphQL.Execution;

namespace MemberInsights.GraphQL.AspNetCore.PersistedOperations;

/// <summary>
/// The id of a GraphQL document: the lowercase hex SHA-256 of its UTF-8 text, as automatic
/// persisted queries (<c>extensions.persistedQuery.sha256Hash</c>) and the operation files use it.
/// </summary>
public static class DocumentId
{
    /// <summary>The length of an id: 64 hex digits.</summary>
    public const int Length = 64;

    private const string Sha256Prefix = "sha256:";

    /// <summary>Computes the id of a document text.</summary>
    public static string Compute(string document) => DocumentCache.HashOf(document);

    /// <summary>
    /// Normalizes an id sent by a client: accepts the bare hash and the <c>sha256:</c>-prefixed
    /// form of the persisted-documents draft, in either case. Returns false for anything else.
    /// </summary>
    public static bool TryNormalize(string? candidate, out string id)
    {
        id = string.Empty;
        if (candidate is null)
        {
            return false;
        }

        var hex = candidate.StartsWith(Sha256Prefix, StringComparison.OrdinalIgnoreCase)
            ? candidate.AsSpan(Sha256Prefix.Length)
            : candidate.AsSpan();
        if (hex.Length != Length || !IsHex(hex))
        {
            return false;
        }

        id = hex.ToString().ToLowerInvariant();
        return true;
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
