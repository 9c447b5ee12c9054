using MemberInsights.GraphQL.Execution.Coercion;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Types.Introspection;

namespace MemberInsights.GraphQL.Execution;

/// <summary>One response key of a selection set: the merged field nodes and their definition on the object type.</summary>
internal sealed class CollectedField
{
    public CollectedField(string responseKey, FieldNode[] nodes, FieldDefinition definition, string parentTypeName, bool cacheable)
    {
        ResponseKey = responseKey;
        Nodes = nodes;
        Definition = definition;
        ParentTypeName = parentTypeName;
        Cacheable = cacheable;
    }

    public string ResponseKey { get; }

    public FieldNode[] Nodes { get; }

    public FieldDefinition Definition { get; }

    public string ParentTypeName { get; }

    /// <summary>True when this field came from a cached plan, so it can key the plan of its sub-selection.</summary>
    public bool Cacheable { get; }

    /// <summary>The arguments coerced once when they contain no variables; null when they must be coerced per request.</summary>
    public IReadOnlyDictionary<string, object?>? ConstantArguments { get; set; }
}

/// <summary>The collected fields of one selection set on one object type, with the response keys for its result map.</summary>
internal sealed class FieldPlan(CollectedField[] fields, string[] keys)
{
    public CollectedField[] Fields { get; } = fields;

    public string[] Keys { get; } = keys;
}

/// <summary>
/// CollectFields of the spec (section 6.3.2): fragments expanded, @skip/@include applied, fields merged by
/// response key. Plans that do not depend on variables are cached per (object type, selection owner).
/// </summary>
internal static class FieldCollector
{
    public static FieldPlan CollectRoot(ExecutionContext context, ObjectType type, SelectionSetNode selectionSet) =>
        Collect(context, type, selectionSet, [selectionSet], cacheable: true);

    public static FieldPlan CollectSubfields(ExecutionContext context, ObjectType type, CollectedField field)
    {
        if (field.Nodes.Length == 1)
        {
            return Collect(context, type, field, [field.Nodes[0].SelectionSet!], field.Cacheable);
        }

        var selectionSets = new List<SelectionSetNode>(field.Nodes.Length);
        foreach (var node in field.Nodes)
        {
            if (node.SelectionSet is not null)
            {
                selectionSets.Add(node.SelectionSet);
            }
        }

        return Collect(context, type, field, selectionSets, field.Cacheable);
    }

    private static FieldPlan Collect(ExecutionContext context, ObjectType type, object owner, IReadOnlyList<SelectionSetNode> selectionSets, bool cacheable)
    {
        if (cacheable && context.Plans.TryGetValue((type, owner), out var cached))
        {
            return cached;
        }

        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var usesVariables = false;
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            CollectInto(context, type, selectionSet, grouped, order, visitedFragments, ref usesVariables);
        }

        var planCacheable = cacheable && !usesVariables;
        var fields = new List<CollectedField>(order.Count);
        foreach (var key in order)
        {
            var nodes = grouped[key];
            var definition = FindDefinition(context, type, nodes[0].Name.Value);
            if (definition is null)
            {
                continue;
            }

            var field = new CollectedField(key, [.. nodes], definition, type.Name, planCacheable);
            if (definition.Arguments.Count == 0)
            {
                field.ConstantArguments = ArgumentCoercion.Empty;
            }
            else if (ArgumentCoercion.IsConstant(nodes[0].Arguments))
            {
                try
                {
                    field.ConstantArguments = ArgumentCoercion.Coerce($"{type.Name}.{definition.Name}", definition.Arguments, nodes[0].Arguments, null);
                }
                catch (ArgumentCoercionException)
                {
                    field.ConstantArguments = null;
                }
            }

            fields.Add(field);
        }

        var keys = new string[fields.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = fields[i].ResponseKey;
        }

        var plan = new FieldPlan([.. fields], keys);
        if (planCacheable)
        {
            context.Plans.TryAdd((type, owner), plan);
        }

        return plan;
    }

    private static void CollectInto(
        ExecutionContext context,
        ObjectType type,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> grouped,
        List<string> order,
        HashSet<string> visitedFragments,
        ref bool usesVariables)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!InclusionDirectives.ShouldInclude(selection, context.Variables, ref usesVariables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (!grouped.TryGetValue(key, out var nodes))
                    {
                        grouped[key] = nodes = new List<FieldNode>(1);
                        order.Add(key);
                    }

                    nodes.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesTypeApply(context.Schema, type, inline.TypeCondition))
                    {
                        CollectInto(context, type, inline.SelectionSet, grouped, order, visitedFragments, ref usesVariables);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!visitedFragments.Add(name) || !context.Fragments.TryGetValue(name, out var fragment))
                    {
                        continue;
                    }

                    if (DoesTypeApply(context.Schema, type, fragment.TypeCondition))
                    {
                        CollectInto(context, type, fragment.SelectionSet, grouped, order, visitedFragments, ref usesVariables);
                    }

                    break;
            }
        }
    }

    private static bool DoesTypeApply(Schema schema, ObjectType type, NamedTypeNode condition)
    {
        var conditionType = schema.GetType(condition.Name.Value);
        return ReferenceEquals(conditionType, type)
            || (conditionType is IAbstractType abstractType && schema.IsSubType(abstractType, type));
    }

    private static FieldDefinition? FindDefinition(ExecutionContext context, ObjectType type, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            if (name == "__typename")
            {
                return IntrospectionTypes.TypeNameMetaField;
            }

            if (ReferenceEquals(type, context.Schema.QueryType))
            {
                if (name == "__schema")
                {
                    return IntrospectionTypes.SchemaMetaField;
                }

                if (name == "__type")
                {
                    return IntrospectionTypes.TypeMetaField;
                }
            }
        }

        return type.GetField(name);
    }
}
