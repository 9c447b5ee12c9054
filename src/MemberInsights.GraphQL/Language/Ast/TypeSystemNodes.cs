namespace MemberInsights.GraphQL.Language.Ast;

/// <summary>A schema, type or directive definition.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode;

/// <summary>A schema or type extension.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode;

/// <summary>A schema definition: <c>schema @d { query: Query }</c>.</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The root operation types.</summary>
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}

/// <summary>A root operation type: <c>query: Query</c>.</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    /// <summary>The operation.</summary>
    public required OperationType Operation { get; init; }

    /// <summary>The root type.</summary>
    public required NamedTypeNode Type { get; init; }
}

/// <summary>A named type definition (scalar, object, interface, union, enum, input object).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The type name.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A scalar definition: <c>scalar Date @specifiedBy(url: "...")</c>.</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}

/// <summary>An object type definition.</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    /// <summary>The implemented interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>An interface type definition.</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    /// <summary>The implemented interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>A union type definition.</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    /// <summary>The member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

/// <summary>An enum type definition.</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    /// <summary>The values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

/// <summary>An input object type definition.</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    /// <summary>The input fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

/// <summary>A field definition of an object or interface type.</summary>
public sealed class FieldDefinitionNode : SyntaxNode, IHasDirectives
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>The field type.</summary>
    public required TypeNode Type { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>An argument or input field definition: <c>name: Type = default @d</c>.</summary>
public sealed class InputValueDefinitionNode : SyntaxNode, IHasDirectives
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The default value, if any.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>An enum value definition.</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode, IHasDirectives
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The value name.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A directive definition: <c>directive @name(args) repeatable on LOCATION | ...</c>.</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The directive name (without <c>@</c>).</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>Directives applied to the definition itself.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>True when declared <c>repeatable</c>.</summary>
    public bool Repeatable { get; init; }

    /// <summary>The locations, as names such as <c>FIELD_DEFINITION</c>.</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }
}
