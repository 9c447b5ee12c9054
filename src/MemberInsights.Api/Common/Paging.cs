using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace MemberInsights.Api.Common;

/// <summary>A page of a connection (cursor paging, https://relay.dev/graphql/connections.htm).</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount);

/// <summary>One item of a page with its opaque cursor.</summary>
public sealed record Edge<T>(string Cursor, T Node);

/// <summary>Whether more items follow, and where to continue.</summary>
public sealed record PageInfo(bool HasNextPage, string? EndCursor);

/// <summary>A validated <c>first</c>/<c>after</c> pair: at most <see cref="MaxFirst"/> items after an offset.</summary>
public sealed record PageRequest(int First, int Offset)
{
    /// <summary>The largest page.</summary>
    public const int MaxFirst = 500;

    /// <summary>Reads <c>first</c> and <c>after</c>; bad values are <c>BAD_USER_INPUT</c> errors.</summary>
    public static PageRequest From(int first, string? after)
    {
        if (first is < 1 or > MaxFirst)
        {
            throw InputErrors.Invalid("first", $"first must be between 1 and {MaxFirst}; it was {first}.");
        }

        return new PageRequest(first, after is null ? 0 : Cursor.Decode(after) + 1);
    }

    /// <summary>The page of <paramref name="items"/> (all matching items, in order).</summary>
    public Connection<T> Slice<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var page = items.Skip(Offset).Take(First).ToList();
        return Page(page, items.Count);
    }

    /// <summary>A page read with <c>LIMIT First OFFSET Offset</c>, given the total over all pages.</summary>
    public Connection<T> Page<T>(IReadOnlyList<T> page, int totalCount)
    {
        ArgumentNullException.ThrowIfNull(page);
        var edges = page.Select((node, i) => new Edge<T>(Cursor.Encode(Offset + i), node)).ToList();
        return new Connection<T>(edges, new PageInfo(Offset + page.Count < totalCount, edges.Count > 0 ? edges[^1].Cursor : null), totalCount);
    }
}

/// <summary>Opaque cursors: the base64 of an item's position, so clients cannot depend on their shape.</summary>
public static class Cursor
{
    private const string Prefix = "cursor:";

    /// <summary>The cursor of the item at <paramref name="position"/>.</summary>
    public static string Encode(int position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position in <paramref name="cursor"/>; a foreign or damaged cursor is a <c>BAD_USER_INPUT</c> error.</summary>
    public static int Decode(string cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        Span<byte> bytes = stackalloc byte[64];
        if (cursor.Length <= 88 && Convert.TryFromBase64String(cursor, bytes, out var written))
        {
            var text = Encoding.UTF8.GetString(bytes[..written]);
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                return position;
            }
        }

        throw InputErrors.Invalid("after", "after is not a cursor returned by this connection.");
    }
}
