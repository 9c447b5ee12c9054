using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Execution.Coercion;

/// <summary>CoerceArgumentValues of the spec (section 6.4.1).</summary>
public static class ArgumentCoercion
{
    /// <summary>An empty, shared arguments dictionary.</summary>
    public static IReadOnlyDictionary<string, object?> Empty { get; } = new Dictionary<string, object?>();

    /// <summary>Coerces the arguments given to a field or directive; throws <see cref="GraphQLException"/> (with the node) when invalid.</summary>
    public static IReadOnlyDictionary<string, object?> Coerce(
        string owner,
        IReadOnlyList<ArgumentDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(arguments);
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var node = Find(arguments, definition.Name);
            var provided = node is not null;
            if (node?.Value is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value)))
            {
                provided = false;
            }

            if (!provided)
            {
                if (definition.DefaultValue is not null)
                {
                    coerced[definition.Name] = LiteralCoercion.DefaultValueOf(definition);
                }
                else if (definition.Type is NonNullType)
                {
                    throw new ArgumentCoercionException(
                        $"Argument \"{owner}({definition.Name}:)\" of type \"{definition.Type}\" is required, but it was not provided.", node);
                }

                continue;
            }

            if (!LiteralCoercion.TryCoerce(node!.Value, definition.Type, variables, out var value))
            {
                throw new ArgumentCoercionException(
                    node.Value is VariableNode
                        ? $"Argument \"{owner}({definition.Name}:)\" of non-null type \"{definition.Type}\" must not be null."
                        : $"Argument \"{owner}({definition.Name}:)\" has invalid value {Language.Printer.Print(node.Value)}.",
                    node);
            }

            coerced[definition.Name] = value;
        }

        return coerced;
    }

    /// <summary>True when the arguments contain no variables anywhere (their coercion can be cached).</summary>
    public static bool IsConstant(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            if (!IsConstant(argument.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsConstant(ValueNode value) => value switch
    {
        VariableNode => false,
        ListValueNode list => list.Values.All(IsConstant),
        ObjectValueNode obj => obj.Fields.All(f => IsConstant(f.Value)),
        _ => true,
    };

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument;
            }
        }

        return null;
    }
}

/// <summary>An argument that cannot be coerced at execution (normally prevented by validation).</summary>
public sealed class ArgumentCoercionException : GraphQLException
{
    /// <summary>Creates the exception for the argument node (may be null when the argument is missing).</summary>
    public ArgumentCoercionException(string message, ArgumentNode? node)
        : base(message) => Node = node;

    /// <summary>The offending argument, if present.</summary>
    public ArgumentNode? Node { get; }
}
