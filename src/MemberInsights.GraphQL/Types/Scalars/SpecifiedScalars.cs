using System.Globalization;
using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Utilities;

namespace MemberInsights.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer.</summary>
public sealed class IntType : ScalarType
{
    internal IntType()
        : base("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value)
    {
        if (value is int i)
        {
            return i;
        }

        var number = value switch
        {
            bool flag => flag ? 1 : 0,
            string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ when Numbers.TryGetDouble(value, out var n) => n,
            _ => double.NaN,
        };
        if (!Numbers.IsInteger(number))
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
        }

        return (int)number;
    }

    /// <inheritdoc />
    public override object? ParseValue(object? value)
    {
        if (value is int i)
        {
            return i;
        }

        if (value is bool or string || !Numbers.TryGetDouble(value, out var number) || !Numbers.IsInteger(number))
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
        }

        return (int)number;
    }

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables)
    {
        if (valueNode is not IntValueNode intValue)
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {Printer.Print(valueNode)}");
        }

        return int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
    }
}

/// <summary>The built-in <c>Float</c>: a double-precision number.</summary>
public sealed class FloatType : ScalarType
{
    internal FloatType()
        : base("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value)
    {
        var number = value switch
        {
            bool flag => flag ? 1 : 0,
            string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ when Numbers.TryGetDouble(value, out var n) => n,
            _ => double.NaN,
        };
        return double.IsFinite(number)
            ? number
            : throw new ScalarCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
    }

    /// <inheritdoc />
    public override object? ParseValue(object? value) =>
        value is not bool and not string && Numbers.TryGetDouble(value, out var number) && double.IsFinite(number)
            ? number
            : throw new ScalarCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) => valueNode switch
    {
        IntValueNode n => double.Parse(n.Value, CultureInfo.InvariantCulture),
        FloatValueNode n => double.Parse(n.Value, CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException($"Float cannot represent non numeric value: {Printer.Print(valueNode)}"),
    };
}

/// <summary>The built-in <c>String</c>.</summary>
public sealed class StringType : ScalarType
{
    internal StringType()
        : base("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        double or float when Numbers.TryGetDouble(value, out var d) && double.IsFinite(d) => d.ToString("R", CultureInfo.InvariantCulture),
        int or long or short or byte or decimal or uint or ulong => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        Enum member => member.ToString(),
        Guid guid => guid.ToString(),
        char c => c.ToString(),
        _ => throw new ScalarCoercionException($"String cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value as string
        ?? throw new ScalarCoercionException($"String cannot represent a non string value: {ValueInspector.Inspect(value)}");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        valueNode is StringValueNode text
            ? text.Value
            : throw new ScalarCoercionException($"String cannot represent a non string value: {Printer.Print(valueNode)}");
}

/// <summary>The built-in <c>Boolean</c>.</summary>
public sealed class BooleanType : ScalarType
{
    internal BooleanType()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        bool flag => flag,
        _ when value is not string && Numbers.TryGetDouble(value, out var n) && double.IsFinite(n) => n != 0,
        _ => throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value is bool flag
        ? flag
        : throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        valueNode is BooleanValueNode flag
            ? flag.Value
            : throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(valueNode)}");
}

/// <summary>The built-in <c>ID</c>: serialized as a string, accepts strings and integers.</summary>
public sealed class IdType : ScalarType
{
    internal IdType()
        : base("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => ToId(value)
        ?? throw new ScalarCoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}");

    /// <inheritdoc />
    public override object? ParseValue(object? value) => ToId(value)
        ?? throw new ScalarCoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) => valueNode switch
    {
        StringValueNode text => text.Value,
        IntValueNode integer => integer.Value,
        _ => throw new ScalarCoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(valueNode)}"),
    };

    private static string? ToId(object? value) => value switch
    {
        string text => text,
        Guid guid => guid.ToString(),
        int or long or short or byte or uint or ulong => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        double or decimal or float when Numbers.TryGetDouble(value, out var n) && Numbers.IsInteger(n) =>
            n.ToString("F0", CultureInfo.InvariantCulture),
        _ => null,
    };
}
