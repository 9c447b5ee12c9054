namespace MemberInsights.GraphQL.Types;

/// <summary>Type relations used by validation and execution (graphql-js <c>typeComparators.ts</c>).</summary>
public static class TypeComparators
{
    /// <summary>True when both types are the same named type with the same wrappers.</summary>
    public static bool AreTypesEqual(IType typeA, IType typeB) => (typeA, typeB) switch
    {
        (NonNullType a, NonNullType b) => AreTypesEqual(a.OfType, b.OfType),
        (ListType a, ListType b) => AreTypesEqual(a.OfType, b.OfType),
        (INamedType a, INamedType b) => ReferenceEquals(a, b),
        _ => false,
    };

    /// <summary>True when a value of <paramref name="maybeSubType"/> is always valid where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, IType maybeSubType, IType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is IAbstractType abstractType
            && maybeSubType is ObjectType or InterfaceType
            && schema.IsSubType(abstractType, (ICompositeType)maybeSubType);
    }

    /// <summary>True when some object type could be both <paramref name="typeA"/> and <paramref name="typeB"/>.</summary>
    public static bool DoTypesOverlap(Schema schema, ICompositeType typeA, ICompositeType typeB)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA is IAbstractType abstractA)
        {
            if (typeB is IAbstractType abstractB)
            {
                foreach (var type in schema.GetPossibleTypes(abstractA))
                {
                    if (schema.IsSubType(abstractB, type))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(abstractA, typeB);
        }

        return typeB is IAbstractType abstractOther && schema.IsSubType(abstractOther, typeA);
    }
}
