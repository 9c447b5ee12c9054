namespace MemberInsights.GraphQL.Language.Ast;

/// <summary>A type reference: named, list or non-null.</summary>
public abstract class TypeNode : SyntaxNode;

/// <summary>A named type reference: <c>Name</c>.</summary>
public sealed class NamedTypeNode : TypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    /// <summary>The type name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>A list type reference: <c>[Type]</c>.</summary>
public sealed class ListTypeNode : TypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListType;

    /// <summary>The item type.</summary>
    public required TypeNode Type { get; init; }
}

/// <summary>A non-null type reference: <c>Type!</c>.</summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>The wrapped type: a named or list type.</summary>
    public required TypeNode Type { get; init; }
}
