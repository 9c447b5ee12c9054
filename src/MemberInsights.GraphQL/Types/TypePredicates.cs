using MemberInsights.GraphQL.Types.Scalars;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Types;

/// <summary>The type predicates of graphql-js <c>definition.ts</c>, plus <see cref="TypeFromAst"/>.</summary>
public static class TypePredicates
{
    /// <summary>Unwraps list and non-null wrappers down to the named type.</summary>
    public static INamedType NamedType(IType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        while (true)
        {
            switch (type)
            {
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                case ListType list:
                    type = list.OfType;
                    break;
                default:
                    return (INamedType)type;
            }
        }
    }

    /// <summary>Removes one non-null wrapper if present.</summary>
    public static IType NullableType(IType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    /// <summary>True for scalars, enums, input objects and wrappers of them.</summary>
    public static bool IsInputType(IType type) => NamedType(type) is ScalarType or EnumType or InputObjectType;

    /// <summary>True for scalars, objects, interfaces, unions, enums and wrappers of them.</summary>
    public static bool IsOutputType(IType type) => NamedType(type) is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>True for scalars and enums.</summary>
    public static bool IsLeafType(IType? type) => type is ILeafType;

    /// <summary>True for objects, interfaces and unions.</summary>
    public static bool IsCompositeType(IType? type) => type is ICompositeType;

    /// <summary>True for interfaces and unions.</summary>
    public static bool IsAbstractType(IType? type) => type is IAbstractType;

    /// <summary>True for list and non-null wrappers.</summary>
    public static bool IsWrappingType(IType? type) => type is ListType or NonNullType;

    /// <summary>True for non-null types.</summary>
    public static bool IsNonNullType(IType? type) => type is NonNullType;

    /// <summary>True for list types (possibly under non-null, use <see cref="NullableType"/> first to include those).</summary>
    public static bool IsListType(IType? type) => type is ListType;

    /// <summary>True for a non-null argument or input field with no default value.</summary>
    public static bool IsRequiredInput(InputValueDefinition definition) => definition.IsRequired;

    /// <summary>Resolves a type reference against the schema; null when the named type does not exist.</summary>
    public static IType? TypeFromAst(Schema schema, TypeNode typeNode)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return typeNode switch
        {
            NamedTypeNode named => schema.GetType(named.Name.Value),
            ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
            NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
            _ => throw new ArgumentOutOfRangeException(nameof(typeNode)),
        };
    }
}
