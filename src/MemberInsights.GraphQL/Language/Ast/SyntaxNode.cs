namespace MemberInsights.GraphQL.Language.Ast;

/// <summary>Where a node sits in its source text.</summary>
/// <param name="Start">Offset of the first character (UTF-16 code units of the decoded text).</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    /// <summary>True when the node came from parsed text (programmatically built nodes have none).</summary>
    public bool IsKnown => Line > 0;
}

/// <summary>The base of every node of the GraphQL syntax tree.</summary>
public abstract class SyntaxNode
{
    /// <summary>The node kind, used to dispatch without type tests.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where the node sits in the source; default when built in code.</summary>
    public Location Location { get; init; }

    /// <summary>Prints the node as canonical GraphQL text.</summary>
    public override string ToString() => Printer.Print(this);
}

/// <summary>A name: an identifier matching <c>/[_A-Za-z][_0-9A-Za-z]*/</c>.</summary>
public sealed class NameNode : SyntaxNode
{
    /// <summary>Creates a name.</summary>
    public NameNode(string value) => Value = value;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Name;

    /// <summary>The identifier text.</summary>
    public string Value { get; }
}

/// <summary>A node that may carry applied directives.</summary>
public interface IHasDirectives
{
    /// <summary>The applied directives, in source order.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A definition at the top level of a document.</summary>
public abstract class DefinitionNode : SyntaxNode;

/// <summary>An operation or fragment definition.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The selection set of the definition.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>A whole GraphQL document.</summary>
public sealed class DocumentNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Document;

    /// <summary>The definitions in source order.</summary>
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }

    /// <summary>The number of lexical tokens the parser read (0 when built in code).</summary>
    public int TokenCount { get; init; }
}
