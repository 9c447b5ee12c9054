using System.Globalization;
using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Utilities;

namespace MemberInsights.GraphQL.Types.Scalars;

/// <summary>The extra scalars the engine provides: Date, DateTime, Decimal, JSON and Long (used when the SDL declares them).</summary>
public static class ExtendedScalars
{
    /// <summary>Fresh instances of every extra scalar (one set per schema, since SDL descriptions are written onto them).</summary>
    public static IReadOnlyList<ScalarType> All => [new DateType(), new DateTimeType(), new DecimalType(), new JsonType(), new LongType()];
}

/// <summary><c>Date</c>: a calendar date as <c>yyyy-MM-dd</c>; input arrives as <see cref="DateOnly"/>.</summary>
public sealed class DateType : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public DateType()
        : base("Date", "A calendar date, formatted yyyy-MM-dd (ISO 8601).")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dateTime => dateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset offset => offset.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string text when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => text,
        _ => throw new ScalarCoercionException($"Date cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) =>
        value is string text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ScalarCoercionException($"Date cannot represent value: {ValueInspector.Inspect(value)}; expected a yyyy-MM-dd string.");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        valueNode is StringValueNode text
            ? ParseValue(text.Value)
            : throw new ScalarCoercionException($"Date cannot represent a non string value: {Printer.Print(valueNode)}");
}

/// <summary><c>DateTime</c>: an instant as an RFC 3339 string; input arrives as <see cref="DateTimeOffset"/>.</summary>
public sealed class DateTimeType : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public DateTimeType()
        : base("DateTime", "A date and time with offset, formatted as RFC 3339 (e.g. 2026-01-31T08:30:00Z).")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        DateTimeOffset offset => Format(offset),
        DateTime dateTime => Format(dateTime.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(dateTime, TimeSpan.Zero) : new DateTimeOffset(dateTime)),
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => Format(parsed),
        _ => throw new ScalarCoercionException($"DateTime cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) =>
        value is string text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : throw new ScalarCoercionException($"DateTime cannot represent value: {ValueInspector.Inspect(value)}; expected an RFC 3339 string.");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        valueNode is StringValueNode text
            ? ParseValue(text.Value)
            : throw new ScalarCoercionException($"DateTime cannot represent a non string value: {Printer.Print(valueNode)}");

    private static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}

/// <summary><c>Decimal</c>: an exact decimal number, serialized as a JSON number; accepts numbers and numeric strings.</summary>
public sealed class DecimalType : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public DecimalType()
        : base("Decimal", "An exact decimal number.")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => ToDecimal(value)
        ?? throw new ScalarCoercionException($"Decimal cannot represent value: {ValueInspector.Inspect(value)}");

    /// <inheritdoc />
    public override object? ParseValue(object? value) => Serialize(value);

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) => valueNode switch
    {
        IntValueNode n => ToDecimal(n.Value),
        FloatValueNode n => ToDecimal(n.Value),
        StringValueNode n => ToDecimal(n.Value),
        _ => null,
    } ?? throw new ScalarCoercionException($"Decimal cannot represent value: {Printer.Print(valueNode)}");

    private static decimal? ToDecimal(object? value) => value switch
    {
        decimal d => d,
        int or long or short or byte => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) => (decimal)d,
        float f when float.IsFinite(f) => (decimal)f,
        string s when decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}

/// <summary><c>JSON</c>: any JSON value, passed through on output and converted to dictionaries/lists on input.</summary>
public sealed class JsonType : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public JsonType()
        : base("JSON", "Any JSON value.")
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

/// <summary><c>Long</c>: a signed 64-bit integer, serialized as a JSON number.</summary>
public sealed class LongType : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public LongType()
        : base("Long", "A signed 64-bit integer.")
    {
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        long l => l,
        int i => (long)i,
        short or byte or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong u when u <= long.MaxValue => (long)u,
        double d when Numbers.IsInteger(d) && d is >= long.MinValue and <= long.MaxValue => (long)d,
        decimal m when decimal.Truncate(m) == m && m is >= long.MinValue and <= long.MaxValue => (long)m,
        _ => throw new ScalarCoercionException($"Long cannot represent non-integer value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value is bool or string
        ? throw new ScalarCoercionException($"Long cannot represent non-integer value: {ValueInspector.Inspect(value)}")
        : Serialize(value);

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        valueNode is IntValueNode n && long.TryParse(n.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : throw new ScalarCoercionException($"Long cannot represent non-integer value: {Printer.Print(valueNode)}");
}
