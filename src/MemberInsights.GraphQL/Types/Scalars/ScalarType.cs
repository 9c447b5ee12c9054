using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Types.Scalars;

/// <summary>
/// A scalar type. Subclasses implement the three coercions of the spec and signal invalid
/// values by throwing <see cref="ScalarCoercionException"/> with a graphql-js-style message.
/// </summary>
public abstract class ScalarType : TypeDefinition, ILeafType
{
    /// <summary>Creates a scalar.</summary>
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name)
    {
        Description = description;
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <summary>The built-in <c>Int</c> (32-bit signed integer).</summary>
    public static ScalarType Int { get; } = new IntType();

    /// <summary>The built-in <c>Float</c> (double).</summary>
    public static ScalarType Float { get; } = new FloatType();

    /// <summary>The built-in <c>String</c>.</summary>
    public static ScalarType String { get; } = new StringType();

    /// <summary>The built-in <c>Boolean</c>.</summary>
    public static ScalarType Boolean { get; } = new BooleanType();

    /// <summary>The built-in <c>ID</c> (serialized as a string).</summary>
    public static ScalarType ID { get; } = new IdType();

    /// <summary>The five scalars of the specification.</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [String, Int, Float, Boolean, ID];

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The <c>@specifiedBy</c> URL, or null.</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>True for the five scalars of the specification.</summary>
    public bool IsSpecified => ReferenceEquals(this, Int) || ReferenceEquals(this, Float)
        || ReferenceEquals(this, String) || ReferenceEquals(this, Boolean) || ReferenceEquals(this, ID);

    /// <inheritdoc />
    public abstract object? Serialize(object? value);

    /// <inheritdoc />
    public abstract object? ParseValue(object? value);

    /// <inheritdoc />
    public abstract object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables);
}
