using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>
/// Server rule: rejects an operation whose estimated cost is above the limit. A field costs its
/// base cost plus its selection's cost times the list size (the first/last/limit argument, a
/// variable's default, or the configured default size) when it returns a list.
/// </summary>
internal sealed class CostRule(int maxCost, CostOptions options) : ValidationRule
{
    private const long Saturation = long.MaxValue / 4;

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context, maxCost, options);

    /// <summary>The estimated cost of an operation under the given options.</summary>
    public static long CostOf(ValidationContext context, OperationDefinitionNode operation, CostOptions options)
    {
        var estimator = new Estimator(context, options, operation);
        return context.Schema.GetRootType(operation.Operation) is { } root ? estimator.SelectionCost(root, operation.SelectionSet) : 0;
    }

    private sealed class Visitor(ValidationContext validation, int maxCost, CostOptions options) : SyntaxVisitor
    {
        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, SyntaxWalkContext context)
        {
            var cost = CostOf(validation, node, options);
            if (cost > maxCost)
            {
                var name = node.Name is { } operationName ? $"Operation \"{operationName.Value}\"" : "The operation";
                validation.ReportError(
                    $"{name} has a cost of {cost}, which exceeds the maximum cost of {maxCost}.",
                    ValidationErrorCodes.MaxCostExceeded,
                    [node]);
            }

            return VisitorAction.Skip;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Skip;
    }

    private sealed class Estimator(ValidationContext context, CostOptions options, OperationDefinitionNode operation)
    {
        private readonly HashSet<string> _path = new(StringComparer.Ordinal);

        public long SelectionCost(INamedType? parentType, SelectionSetNode selectionSet)
        {
            long total = 0;
            foreach (var selection in selectionSet.Selections)
            {
                total = Add(total, selection switch
                {
                    FieldNode field => FieldCost(parentType, field),
                    InlineFragmentNode inline => SelectionCost(
                        inline.TypeCondition is { } condition ? context.Schema.GetType(condition.Name.Value) : parentType, inline.SelectionSet),
                    FragmentSpreadNode spread => SpreadCost(spread.Name.Value),
                    _ => 0,
                });
            }

            return total;
        }

        private long SpreadCost(string name)
        {
            if (context.GetFragment(name) is not { } fragment || !_path.Add(name))
            {
                return 0;
            }

            var cost = SelectionCost(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
            _path.Remove(name);
            return cost;
        }

        private long FieldCost(INamedType? parentType, FieldNode field)
        {
            if (parentType is not ICompositeType composite
                || TypeInfo.GetFieldDefinition(context.Schema, composite, field.Name.Value) is not { } definition)
            {
                return 0;
            }

            var namedType = TypePredicates.NamedType(definition.Type);
            var own = options.FieldCosts.TryGetValue(composite.Name + "." + field.Name.Value, out var configured)
                ? configured
                : namedType is ILeafType ? options.LeafFieldCost : options.FieldCost;
            if (field.SelectionSet is not { } selectionSet)
            {
                return own;
            }

            var children = SelectionCost(namedType, selectionSet);
            var multiplier = TypePredicates.NullableType(definition.Type) is ListType ? ListSize(field) : 1;
            return Add(own, Multiply(children, multiplier));
        }

        private long ListSize(FieldNode field)
        {
            foreach (var argument in field.Arguments)
            {
                if (!Contains(options.ListSizeArguments, argument.Name.Value))
                {
                    continue;
                }

                var value = argument.Value is VariableNode variable ? DefaultOf(variable.Name.Value) : argument.Value;
                if (value is IntValueNode number && long.TryParse(number.Value, out var size))
                {
                    return Math.Max(size, 0);
                }
            }

            return options.DefaultListSize;
        }

        private ValueNode? DefaultOf(string variableName)
        {
            foreach (var definition in operation.VariableDefinitions)
            {
                if (definition.Variable.Name.Value == variableName)
                {
                    return definition.DefaultValue;
                }
            }

            return null;
        }

        private static bool Contains(IReadOnlyList<string> names, string name)
        {
            foreach (var candidate in names)
            {
                if (candidate == name)
                {
                    return true;
                }
            }

            return false;
        }

        private static long Add(long a, long b) => Math.Min(a + b, Saturation);

        private static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a > Saturation / b ? Saturation : Math.Min(a * b, Saturation);
    }
}
