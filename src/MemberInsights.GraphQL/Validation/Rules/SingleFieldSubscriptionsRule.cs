using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.3.1: a subscription selects exactly one non-introspection root field, unconditionally.</summary>
internal sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public static SingleFieldSubscriptionsRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, SyntaxWalkContext context)
        {
            if (node.Operation != OperationType.Subscription || validation.Schema.SubscriptionType is not { } subscriptionType)
            {
                return VisitorAction.Continue;
            }

            var collector = new RootFieldCollector(validation, subscriptionType);
            collector.Collect(node.SelectionSet);
            var prefix = node.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
            if (collector.ForbiddenDirectives.Count > 0)
            {
                validation.ReportError(
                    prefix + " must not use `@skip` or `@include` directives in the top level selection.", collector.ForbiddenDirectives);
                return VisitorAction.Continue;
            }

            var groups = collector.Groups;
            if (groups.Count == 0)
            {
                validation.ReportError(prefix + " must select one top level field.", node.SelectionSet);
            }
            else if (groups.Count > 1)
            {
                var extra = new List<SyntaxNode>();
                for (var i = 1; i < groups.Count; i++)
                {
                    extra.AddRange(groups[i]);
                }

                validation.ReportError(prefix + " must select only one top level field.", extra);
            }

            foreach (var group in groups)
            {
                if (group[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    validation.ReportError(prefix + " must not select an introspection top level field.", [.. group]);
                }
            }

            return VisitorAction.Continue;
        }
    }

    /// <summary>Collects the root fields by response key as execution would, recording @skip/@include uses.</summary>
    private sealed class RootFieldCollector(ValidationContext validation, ObjectType rootType)
    {
        private readonly Dictionary<string, List<FieldNode>> _byKey = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public List<List<FieldNode>> Groups { get; } = [];

        public List<SyntaxNode> ForbiddenDirectives { get; } = [];

        public void Collect(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (IsConditional(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        if (!_byKey.TryGetValue(field.ResponseKey, out var group))
                        {
                            group = [];
                            _byKey.Add(field.ResponseKey, group);
                            Groups.Add(group);
                        }

                        group.Add(field);
                        break;
                    case InlineFragmentNode inline when Matches(inline.TypeCondition):
                        Collect(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        var name = spread.Name.Value;
                        if (validation.GetFragment(name) is { } fragment && Matches(fragment.TypeCondition) && _visitedFragments.Add(name))
                        {
                            Collect(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        private bool IsConditional(SelectionNode selection)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value == "skip")
                {
                    ForbiddenDirectives.Add(directive);
                    return true;
                }
            }

            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value == "include")
                {
                    ForbiddenDirectives.Add(directive);
                    return true;
                }
            }

            return false;
        }

        private bool Matches(NamedTypeNode? condition)
        {
            if (condition is null)
            {
                return true;
            }

            var type = validation.Schema.GetType(condition.Name.Value);
            return ReferenceEquals(type, rootType) || (type is IAbstractType abstractType && validation.Schema.IsSubType(abstractType, rootType));
        }
    }
}
