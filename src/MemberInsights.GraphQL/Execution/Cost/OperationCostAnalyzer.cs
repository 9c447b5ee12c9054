using MemberInsights.GraphQL.Execution.Coercion;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Validation;

namespace MemberInsights.GraphQL.Execution.Cost;

/// <summary>
/// Estimates the cost of an operation with the request's variables, before it runs (the IBM GraphQL
/// cost specification's static analysis): every field's weight plus its selection's cost times its
/// list size, summed over the selections @skip/@include keep. A fragment is estimated once per
/// request, so the work is linear in the document; <c>__schema</c> and <c>__type</c> cost nothing
/// (introspection has its own bounds in validation). Sums saturate instead of overflowing.
/// </summary>
public static class OperationCostAnalyzer
{
    /// <summary>The cost above which estimates are no longer distinguished.</summary>
    public const long Saturation = long.MaxValue / 4;

    /// <summary>Estimates <paramref name="operation"/> of a valid document.</summary>
    public static long Estimate(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        CostOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(fragments);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(options);
        var root = schema.GetRootType(operation.Operation);
        return root is null ? 0 : new Walk(schema, fragments, variables, options, cancellationToken).SelectionCost(root, operation.SelectionSet);
    }

    private sealed class Walk(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        CostOptions options,
        CancellationToken cancellationToken)
    {
        private readonly Dictionary<string, long> _fragmentCosts = new(StringComparer.Ordinal);
        private readonly HashSet<string> _path = new(StringComparer.Ordinal);
        private int _fields;

        public long SelectionCost(INamedType? parentType, SelectionSetNode selectionSet)
        {
            long total = 0;
            foreach (var selection in selectionSet.Selections)
            {
                if (!InclusionDirectives.ShouldInclude(selection, variables))
                {
                    continue;
                }

                total = Add(total, selection switch
                {
                    FieldNode field => FieldCost(parentType, field),
                    InlineFragmentNode inline => SelectionCost(
                        inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) : parentType, inline.SelectionSet),
                    FragmentSpreadNode spread => SpreadCost(spread.Name.Value),
                    _ => 0,
                });
            }

            return total;
        }

        private long SpreadCost(string name)
        {
            if (_fragmentCosts.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!fragments.TryGetValue(name, out var fragment) || !_path.Add(name))
            {
                return 0;
            }

            var cost = SelectionCost(schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
            _path.Remove(name);
            _fragmentCosts[name] = cost;
            return cost;
        }

        private long FieldCost(INamedType? parentType, FieldNode field)
        {
            if ((++_fields & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (field.Name.Value is "__schema" or "__type"
                || parentType is not ICompositeType composite
                || TypeInfo.GetFieldDefinition(schema, composite, field.Name.Value) is not { } definition)
            {
                return 0;
            }

            var namedType = TypePredicates.NamedType(definition.Type);
            var isList = TypePredicates.NullableType(definition.Type) is ListType;
            FieldCost? estimated = null;
            long? sliced = null;
            if (definition.CostEstimator is not null || (isList && field.Arguments.Count > 0))
            {
                var arguments = CoerceOrNull(composite, definition, field);
                if (arguments is not null)
                {
                    estimated = definition.CostEstimator?.Invoke(new FieldCostContext(composite.Name, definition, arguments));
                    sliced = isList ? SlicingSize(arguments) : null;
                }
            }

            var weight = estimated?.Weight
                ?? (options.FieldCosts.TryGetValue(composite.Name + "." + definition.Name, out var configured)
                    ? configured
                    : namedType is ILeafType ? options.LeafFieldCost : options.FieldCost);
            if (field.SelectionSet is not { } selectionSet)
            {
                return Math.Clamp(weight, 0, Saturation);
            }

            var size = estimated?.ListSize ?? sliced ?? (isList ? options.DefaultListSize : 1);
            return Add(Math.Clamp(weight, 0, Saturation), Multiply(SelectionCost(namedType, selectionSet), Math.Max(size, 0)));
        }

        private IReadOnlyDictionary<string, object?>? CoerceOrNull(ICompositeType parentType, FieldDefinition definition, FieldNode field)
        {
            try
            {
                return ArgumentCoercion.Coerce($"{parentType.Name}.{definition.Name}", definition.Arguments, field.Arguments, variables);
            }
            catch (GraphQLException)
            {
                // Execution reports the argument error at the field; it is not a cost.
                return null;
            }
        }

        private long? SlicingSize(IReadOnlyDictionary<string, object?> arguments)
        {
            foreach (var name in options.ListSizeArguments)
            {
                if (arguments.TryGetValue(name, out var value) && value is int or long)
                {
                    return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            return null;
        }

        private static long Add(long a, long b) => Math.Min(a + b, Saturation);

        private static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a > Saturation / b ? Saturation : Math.Min(a * b, Saturation);
    }
}
