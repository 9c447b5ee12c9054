namespace MemberInsights.GraphQL.Types;

/// <summary>A list wrapper: <c>[OfType]</c>.</summary>
public sealed class ListType : IInputType, IOutputType
{
    /// <summary>Wraps <paramref name="ofType"/> in a list.</summary>
    public ListType(IType ofType) => OfType = ofType ?? throw new ArgumentNullException(nameof(ofType));

    /// <inheritdoc />
    public TypeKind Kind => TypeKind.List;

    /// <summary>The item type.</summary>
    public IType OfType { get; }

    /// <inheritdoc />
    public override string ToString() => "[" + OfType + "]";
}

/// <summary>A non-null wrapper: <c>OfType!</c>.</summary>
public sealed class NonNullType : IInputType, IOutputType
{
    /// <summary>Wraps <paramref name="ofType"/> (which must not itself be non-null).</summary>
    public NonNullType(IType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <inheritdoc />
    public TypeKind Kind => TypeKind.NonNull;

    /// <summary>The nullable type.</summary>
    public IType OfType { get; }

    /// <inheritdoc />
    public override string ToString() => OfType + "!";
}
