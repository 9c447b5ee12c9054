using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL;

/// <summary>
/// One entry of a response's <c>errors</c> list: message, locations, path and extensions
/// (with <c>code</c>). The originating exception is kept for logging only and never serialized.
/// </summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error located at the given nodes (nodes without a location are ignored).</summary>
    public GraphQLError(string message, params IReadOnlyList<SyntaxNode> nodes)
        : this(message, nodes, path: null, extensions: null)
    {
    }

    /// <summary>Creates an error with every part given.</summary>
    public GraphQLError(
        string message,
        IReadOnlyList<SyntaxNode>? nodes,
        IReadOnlyList<object>? path,
        IReadOnlyDictionary<string, object?>? extensions,
        Exception? originalException = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Nodes = nodes is { Count: > 0 } ? nodes : null;
        Locations = LocationsOf(nodes);
        Path = path;
        Extensions = extensions;
        OriginalException = originalException;
    }

    /// <summary>Creates an error at explicit source locations (used by the lexer and parser).</summary>
    public GraphQLError(string message, SourceLocation location, IReadOnlyDictionary<string, object?>? extensions)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Locations = [location];
        Extensions = extensions;
    }

    /// <summary>The user-facing message.</summary>
    public string Message { get; }

    /// <summary>The source locations the error refers to, or null.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; private init; }

    /// <summary>The response path (string keys and int indexes), or null for request errors.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra entries serialized under <c>extensions</c>, conventionally including <c>code</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The syntax nodes the error refers to (not serialized).</summary>
    public IReadOnlyList<SyntaxNode>? Nodes { get; }

    /// <summary>The exception that caused the error: for server-side logging only, never serialized.</summary>
    public Exception? OriginalException { get; }

    /// <summary>The <c>extensions.code</c> value, or null.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>Returns a copy with <c>extensions.code</c> set (other extensions kept).</summary>
    public GraphQLError WithCode(string code)
    {
        var extensions = Extensions is null
            ? new Dictionary<string, object?>(1)
            : new Dictionary<string, object?>(Extensions);
        extensions["code"] = code;
        return new GraphQLError(Message, Nodes, Path, extensions, OriginalException) { LocationsOverride = Locations };
    }

    /// <summary>Returns a copy with the given response path.</summary>
    public GraphQLError WithPath(IReadOnlyList<object> path) =>
        new(Message, Nodes, path, Extensions, OriginalException) { LocationsOverride = Locations };

    private IReadOnlyList<SourceLocation>? LocationsOverride
    {
        init => Locations = value;
    }

    /// <inheritdoc />
    public override string ToString() => Locations is { Count: > 0 } locations
        ? $"{Message} ({locations[0].Line}:{locations[0].Column})"
        : Message;

    private static SourceLocation[]? LocationsOf(IReadOnlyList<SyntaxNode>? nodes)
    {
        if (nodes is null || nodes.Count == 0)
        {
            return null;
        }

        var locations = new List<SourceLocation>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.Location.IsKnown)
            {
                locations.Add(new SourceLocation(node.Location.Line, node.Location.Column));
            }
        }

        return locations.Count == 0 ? null : [.. locations];
    }
}
