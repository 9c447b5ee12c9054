namespace MemberInsights.GraphQL.Language.Ast;

/// <summary>The type of an operation.</summary>
public enum OperationType
{
    /// <summary>A read-only query.</summary>
    Query,
    /// <summary>A mutation, executed serially.</summary>
    Mutation,
    /// <summary>A subscription.</summary>
    Subscription,
}

/// <summary>An operation: <c>query Name($v: T) @d { ... }</c> or the query shorthand <c>{ ... }</c>.</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <summary>The description, if any (executable descriptions of the current spec draft, as graphql-js 17).</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The operation type.</summary>
    public OperationType Operation { get; init; }

    /// <summary>The operation name, or null for an anonymous operation.</summary>
    public NameNode? Name { get; init; }

    /// <summary>The variable definitions.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}

/// <summary>A variable definition: <c>$name: Type = default @directive</c>.</summary>
public sealed class VariableDefinitionNode : SyntaxNode, IHasDirectives
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The variable.</summary>
    public required VariableNode Variable { get; init; }

    /// <summary>The declared type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The default value, if any.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A selection set: <c>{ selection... }</c>.</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    /// <summary>The selections in source order.</summary>
    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode : SyntaxNode, IHasDirectives
{
    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A field selection: <c>alias: name(args) @d { ... }</c>.</summary>
public sealed class FieldNode : SelectionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary>The alias, if any.</summary>
    public NameNode? Alias { get; init; }

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    /// <summary>The sub-selection, null for leaf fields.</summary>
    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The response key: the alias when present, else the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary>A fragment spread: <c>...Name @d</c>.</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    /// <summary>The fragment name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>An inline fragment: <c>... on Type @d { ... }</c>.</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    /// <summary>The type condition, if any.</summary>
    public NamedTypeNode? TypeCondition { get; init; }

    /// <summary>The selection set.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>A fragment definition: <c>fragment Name on Type @d { ... }</c>.</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The fragment name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The type condition.</summary>
    public required NamedTypeNode TypeCondition { get; init; }
}

/// <summary>An argument: <c>name: value</c>.</summary>
public sealed class ArgumentNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Argument;

    /// <summary>The argument name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument value.</summary>
    public required ValueNode Value { get; init; }
}

/// <summary>An applied directive: <c>@name(args)</c>.</summary>
public sealed class DirectiveNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Directive;

    /// <summary>The directive name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}
