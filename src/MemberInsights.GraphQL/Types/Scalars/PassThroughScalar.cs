using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Types.Scalars;

/// <summary>A custom scalar declared in SDL with no registered implementation: values pass through unchanged (as graphql-js does).</summary>
public sealed class PassThroughScalar : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public PassThroughScalar(string name)
        : base(name)
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value;

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value;

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        LiteralValues.ToObject(valueNode, variables);
}

/// <summary>Converts value literals to plain CLR values (JSON-shaped).</summary>
public static class LiteralValues
{
    /// <summary>Converts a literal: objects become dictionaries, lists lists, ints <c>long</c>, floats <c>double</c>, enums strings.</summary>
    public static object? ToObject(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) => valueNode switch
    {
        NullValueNode => null,
        IntValueNode n => long.TryParse(n.Value, System.Globalization.CultureInfo.InvariantCulture, out var l) ? l : double.Parse(n.Value, System.Globalization.CultureInfo.InvariantCulture),
        FloatValueNode n => double.Parse(n.Value, System.Globalization.CultureInfo.InvariantCulture),
        StringValueNode n => n.Value,
        BooleanValueNode n => n.Value,
        EnumValueNode n => n.Value,
        VariableNode n => variables is not null && variables.TryGetValue(n.Name.Value, out var value) ? value : null,
        ListValueNode n => n.Values.Select(v => ToObject(v, variables)).ToList(),
        ObjectValueNode n => n.Fields.ToDictionary(f => f.Name.Value, f => ToObject(f.Value, variables), StringComparer.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(valueNode)),
    };
}
