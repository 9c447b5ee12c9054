using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Execution.Coercion;

/// <summary>CoerceVariableValues of the spec (section 6.1.2), with graphql-js 17 messages.</summary>
public static class VariableCoercion
{
    /// <summary>Coerces the request's variable values for an operation; returns null and fills <paramref name="errors"/> when invalid.</summary>
    public static IReadOnlyDictionary<string, object?>? Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(errors);
        var definitions = operation.VariableDefinitions;
        if (definitions.Count == 0)
        {
            return EmptyVariables;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        var errorCount = errors.Count;
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypePredicates.TypeFromAst(schema, definition.Type);
            if (type is not IInputType inputType || !TypePredicates.IsInputType(type))
            {
                errors.Add(Error($"Variable \"${name}\" expected value of type \"{Printer(definition.Type)}\" which cannot be used as an input type.", definition));
                continue;
            }

            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    if (LiteralCoercion.TryCoerce(definition.DefaultValue, inputType, null, out var defaultValue))
                    {
                        coerced[name] = defaultValue;
                    }
                }
                else if (type is NonNullType)
                {
                    errors.Add(Error($"Variable \"${name}\" has invalid value: Expected a value of non-null type \"{type}\" to be provided.", definition));
                }

                continue;
            }

            coerced[name] = InputCoercion.Coerce(value, inputType, (path, message) =>
                errors.Add(Error($"Variable \"${name}\" has invalid value{(path.Length == 0 ? string.Empty : " at " + path)}: {message}", definition)));
        }

        return errors.Count == errorCount ? coerced : null;
    }

    /// <summary>An empty, shared variables dictionary.</summary>
    public static IReadOnlyDictionary<string, object?> EmptyVariables { get; } = new Dictionary<string, object?>();

    private static string Printer(TypeNode node) => Language.Printer.Print(node);

    private static GraphQLError Error(string message, SyntaxNode node) =>
        new(message, [node], path: null, new Dictionary<string, object?>(1) { ["code"] = ErrorCodes.BadUserInput });
}
