namespace MemberInsights.GraphQL.Execution;

/// <summary>An immutable path into the response: a linked list of field keys and list indexes.</summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, string? key, int index)
    {
        Parent = parent;
        Key = key;
        Index = index;
        Depth = parent is null ? 1 : parent.Depth + 1;
    }

    /// <summary>The enclosing path, or null for a root field.</summary>
    public ResponsePath? Parent { get; }

    /// <summary>The response key for a field segment, or null for a list index.</summary>
    public string? Key { get; }

    /// <summary>The list index for an index segment (meaningless when <see cref="Key"/> is set).</summary>
    public int Index { get; }

    /// <summary>The number of segments.</summary>
    public int Depth { get; }

    /// <summary>Starts a path at a root field.</summary>
    public static ResponsePath Root(string key) => new(null, key, 0);

    /// <summary>Appends a field key.</summary>
    public ResponsePath Append(string key) => new(this, key, 0);

    /// <summary>Appends a list index.</summary>
    public ResponsePath Append(int index) => new(this, null, index);

    /// <summary>The segments root first, as <c>errors[].path</c> needs them (string or boxed int).</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        var current = this;
        for (var i = Depth - 1; i >= 0; i--)
        {
            segments[i] = current!.Key ?? (object)current.Index;
            current = current.Parent;
        }

        return segments;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join('.', ToList());
}
