namespace MemberInsights.GraphQL.Language.Ast;

/// <summary>A literal value or a variable reference.</summary>
public abstract class ValueNode : SyntaxNode;

/// <summary>A variable reference: <c>$name</c>.</summary>
public sealed class VariableNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Variable;

    /// <summary>The variable name (without <c>$</c>).</summary>
    public required NameNode Name { get; init; }
}

/// <summary>An integer literal, kept as its source text.</summary>
public sealed class IntValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    /// <summary>The literal text, e.g. <c>-12</c>.</summary>
    public required string Value { get; init; }
}

/// <summary>A float literal, kept as its source text.</summary>
public sealed class FloatValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    /// <summary>The literal text, e.g. <c>1.5e3</c>.</summary>
    public required string Value { get; init; }
}

/// <summary>A string literal (quoted or block string).</summary>
public sealed class StringValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    /// <summary>The decoded string value.</summary>
    public required string Value { get; init; }

    /// <summary>True when written as a block string <c>"""..."""</c>.</summary>
    public bool Block { get; init; }
}

/// <summary>A boolean literal.</summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    /// <summary>The value.</summary>
    public required bool Value { get; init; }
}

/// <summary>The <c>null</c> literal.</summary>
public sealed class NullValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

/// <summary>An enum literal.</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    /// <summary>The enum value name.</summary>
    public required string Value { get; init; }
}

/// <summary>A list literal: <c>[a, b]</c>.</summary>
public sealed class ListValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    /// <summary>The items.</summary>
    public required IReadOnlyList<ValueNode> Values { get; init; }
}

/// <summary>An input object literal: <c>{ a: 1 }</c>.</summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    /// <summary>The fields in source order.</summary>
    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}

/// <summary>A field of an input object literal: <c>name: value</c>.</summary>
public sealed class ObjectFieldNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The field value.</summary>
    public required ValueNode Value { get; init; }
}
