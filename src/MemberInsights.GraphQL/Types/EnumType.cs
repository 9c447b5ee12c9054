using System.Collections.Concurrent;
using System.Text;
using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Utilities;

namespace MemberInsights.GraphQL.Types;

/// <summary>An enum type. Output accepts the value's runtime <see cref="EnumValueDefinition.Value"/>, its name, or a C# enum whose member name matches (<c>ReleaseCandidate</c> ↔ <c>RELEASE_CANDIDATE</c>).</summary>
public sealed class EnumType : TypeDefinition, ILeafType
{
    private readonly List<EnumValueDefinition> _values = [];
    private readonly Dictionary<string, EnumValueDefinition> _valuesByName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<object, EnumValueDefinition?> _valuesByRuntimeValue = new();

    /// <summary>Creates an enum type.</summary>
    public EnumType(string name)
        : base(name)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values => _values;

    /// <summary>The value with the given name, or null.</summary>
    public EnumValueDefinition? GetValue(string name) => _valuesByName.GetValueOrDefault(name);

    /// <summary>Adds a value while the schema is being built; a duplicate name throws.</summary>
    public void AddValue(EnumValueDefinition value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!_valuesByName.TryAdd(value.Name, value))
        {
            throw new SchemaException($"Enum value \"{Name}.{value.Name}\" can only be defined once.");
        }

        _values.Add(value);
    }

    /// <inheritdoc />
    public object? Serialize(object? value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var definition = _valuesByRuntimeValue.GetOrAdd(value, FindByRuntimeValue);
        return definition?.Name
            ?? throw new ScalarCoercionException($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <inheritdoc />
    public object? ParseValue(object? value)
    {
        if (value is string name && _valuesByName.TryGetValue(name, out var definition))
        {
            return definition.Value;
        }

        if (value is string other)
        {
            throw new ScalarCoercionException($"Value \"{other}\" does not exist in \"{Name}\" enum.");
        }

        throw new ScalarCoercionException($"Enum \"{Name}\" cannot represent non-string value: {ValueInspector.Inspect(value)}.");
    }

    /// <inheritdoc />
    public object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(valueNode);
        if (valueNode is EnumValueNode enumValue)
        {
            return _valuesByName.TryGetValue(enumValue.Value, out var definition)
                ? definition.Value
                : throw new ScalarCoercionException($"Value \"{enumValue.Value}\" does not exist in \"{Name}\" enum.");
        }

        throw new ScalarCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {Printer.Print(valueNode)}.");
    }

    private EnumValueDefinition? FindByRuntimeValue(object value)
    {
        foreach (var definition in _values)
        {
            if (definition.Value.Equals(value))
            {
                return definition;
            }
        }

        var name = value switch
        {
            string text => text,
            Enum member => ToScreamingSnakeCase(member.ToString()),
            _ => null,
        };
        return name is null ? null : _valuesByName.GetValueOrDefault(name);
    }

    private static string ToScreamingSnakeCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(pascal[i - 1]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
