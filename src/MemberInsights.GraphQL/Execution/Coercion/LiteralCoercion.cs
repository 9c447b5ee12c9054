using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Execution.Coercion;

/// <summary>
/// ValueFromAST of the spec: coerces a literal (possibly containing variables) to an input type.
/// Returns false when the literal is invalid; an absent variable counts as "not provided".
/// </summary>
public static class LiteralCoercion
{
    /// <summary>Coerces <paramref name="node"/> to <paramref name="type"/> using already coerced <paramref name="variables"/>.</summary>
    public static bool TryCoerce(ValueNode node, IInputType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(type);
        return TryCoerce(node, (IType)type, variables, out value);
    }

    /// <summary>The coerced default value of an argument or input field (computed once and cached).</summary>
    public static object? DefaultValueOf(InputValueDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.GetCoercedDefault(static d =>
            TryCoerce(d.DefaultValue!, d.Type, null, out var value)
                ? value
                : throw new InvalidOperationException($"The default value of {d.Name} is not a valid {d.Type}."));
    }

    private static bool TryCoerce(ValueNode node, IType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            return value is not null || type is not NonNullType;
        }

        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryCoerce(node, nonNull.OfType, variables, out value);
        }

        if (node is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                if (node is ListValueNode items)
                {
                    var coerced = new List<object?>(items.Values.Count);
                    foreach (var item in items.Values)
                    {
                        if (IsMissingVariable(item, variables))
                        {
                            if (list.OfType is NonNullType)
                            {
                                return false;
                            }

                            coerced.Add(null);
                            continue;
                        }

                        if (!TryCoerce(item, list.OfType, variables, out var itemValue))
                        {
                            return false;
                        }

                        coerced.Add(itemValue);
                    }

                    value = coerced;
                    return true;
                }

                if (!TryCoerce(node, list.OfType, variables, out var single))
                {
                    return false;
                }

                value = new List<object?>(1) { single };
                return true;
            case InputObjectType input:
                return TryCoerceInputObject(node, input, variables, out value);
            case ILeafType leaf:
                try
                {
                    value = leaf.ParseLiteral(node, variables);
                    return true;
                }
                catch (ScalarCoercionException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool TryCoerceInputObject(ValueNode node, InputObjectType input, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode objectValue)
        {
            return false;
        }

        var coerced = new Dictionary<string, object?>(input.Fields.Count, StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            var fieldNode = FindField(objectValue, field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.DefaultValue is not null)
                {
                    coerced[field.Name] = DefaultValueOf(field);
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        foreach (var fieldNode in objectValue.Fields)
        {
            if (input.GetField(fieldNode.Name.Value) is null)
            {
                return false;
            }
        }

        if (input.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null))
        {
            return false;
        }

        value = coerced;
        return true;
    }

    private static ObjectFieldNode? FindField(ObjectValueNode node, string name)
    {
        foreach (var field in node.Fields)
        {
            if (field.Name.Value == name)
            {
                return field;
            }
        }

        return null;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
