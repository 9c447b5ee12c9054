namespace MemberInsights.GraphQL.Types;

/// <summary>The kind of a type, as introspection's <c>__TypeKind</c> names it.</summary>
public enum TypeKind
{
    /// <summary>A scalar.</summary>
    Scalar,
    /// <summary>An object type.</summary>
    Object,
    /// <summary>An interface.</summary>
    Interface,
    /// <summary>A union.</summary>
    Union,
    /// <summary>An enum.</summary>
    Enum,
    /// <summary>An input object.</summary>
    InputObject,
    /// <summary>A list wrapper.</summary>
    List,
    /// <summary>A non-null wrapper.</summary>
    NonNull,
}

/// <summary>Any GraphQL type: a named type or a list/non-null wrapper. <c>ToString()</c> prints the type reference, e.g. <c>[Int!]</c>.</summary>
public interface IType
{
    /// <summary>The type kind.</summary>
    TypeKind Kind { get; }
}

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public interface INamedType : IType
{
    /// <summary>The type name.</summary>
    string Name { get; }

    /// <summary>The description, or null.</summary>
    string? Description { get; }
}

/// <summary>A type valid as an argument, variable or input field type.</summary>
public interface IInputType : IType;

/// <summary>A type valid as a field's result type.</summary>
public interface IOutputType : IType;

/// <summary>A scalar or enum: the leaves of a response.</summary>
public interface ILeafType : INamedType, IInputType, IOutputType
{
    /// <summary>Coerces a resolved value to its serialized form; throws <see cref="ScalarCoercionException"/> when it cannot.</summary>
    object? Serialize(object? value);

    /// <summary>Coerces a JSON-shaped variable value; throws <see cref="ScalarCoercionException"/> when invalid.</summary>
    object? ParseValue(object? value);

    /// <summary>Coerces a literal (never <c>null</c> or a top-level variable); throws <see cref="ScalarCoercionException"/> when invalid.</summary>
    object? ParseLiteral(Language.Ast.ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables);
}

/// <summary>An object, interface or union: a type with a selection set.</summary>
public interface ICompositeType : INamedType, IOutputType;

/// <summary>An interface or union: resolved to an object type at execution.</summary>
public interface IAbstractType : ICompositeType
{
    /// <summary>Optional hook returning the object type name for a resolved value.</summary>
    TypeResolver? ResolveType { get; set; }
}

/// <summary>An object or interface: a type that declares fields and implements interfaces.</summary>
public interface IComplexOutputType : ICompositeType
{
    /// <summary>The fields in definition order.</summary>
    IReadOnlyList<FieldDefinition> Fields { get; }

    /// <summary>The implemented interfaces.</summary>
    IReadOnlyList<InterfaceType> Interfaces { get; }

    /// <summary>The field with the given name, or null.</summary>
    FieldDefinition? GetField(string name);
}

/// <summary>Returns the name of the object type a value of an abstract type belongs to, or null if unknown.</summary>
public delegate string? TypeResolver(object value, Execution.IResolverContext context);

/// <summary>Thrown by scalar and enum coercion with a graphql-js-style message (e.g. <c>Int cannot represent non-integer value: 1.5</c>).</summary>
public sealed class ScalarCoercionException : Exception
{
    /// <summary>Creates the exception with its user-facing message.</summary>
    public ScalarCoercionException(string message)
        : base(message)
    {
    }
}
