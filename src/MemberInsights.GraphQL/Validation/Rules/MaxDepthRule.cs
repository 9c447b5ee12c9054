using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>
/// Server rule: an operation's selection sets nest at most <c>maxDepth</c> fields deep, counting
/// through fragments (each fragment's depth is computed once). Introspection (<c>__schema</c>,
/// <c>__type</c>) does not count: clients' standard introspection queries nest 15 deep, and
/// <see cref="IntrospectionTypeDepthRule"/> and <see cref="MaxIntrospectionDepthRule"/> bound them
/// instead. A fragment already on the current path is not entered again, so cycles (reported by
/// NoFragmentCyclesRule) cannot loop.
/// </summary>
internal sealed class MaxDepthRule(int maxDepth) : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context, maxDepth);

    private sealed class Visitor(ValidationContext validation, int maxDepth) : SyntaxVisitor
    {
        private readonly HashSet<string> _path = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, SyntaxWalkContext context)
        {
            var depth = Depth(node.SelectionSet, 0);
            if (depth > maxDepth)
            {
                var name = node.Name is { } operationName ? $"Operation \"{operationName.Value}\"" : "The operation";
                validation.ReportError(
                    $"{name} has a depth of {depth}, which exceeds the maximum depth of {maxDepth}.",
                    ValidationErrorCodes.MaxDepthExceeded,
                    [node]);
            }

            return VisitorAction.Skip;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Skip;

        private int Depth(SelectionSetNode selectionSet, int depth)
        {
            var deepest = depth;
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode { Name.Value: "__schema" or "__type" }:
                        break;
                    case FieldNode field:
                        deepest = Math.Max(deepest, field.SelectionSet is { } child ? Depth(child, depth + 1) : depth + 1);
                        break;
                    case InlineFragmentNode inline:
                        deepest = Math.Max(deepest, Depth(inline.SelectionSet, depth));
                        break;
                    case FragmentSpreadNode spread:
                        deepest = Math.Max(deepest, depth + FragmentDepth(spread.Name.Value));
                        break;
                }
            }

            return deepest;
        }

        private int FragmentDepth(string name)
        {
            if (_fragmentDepths.TryGetValue(name, out var known))
            {
                return known;
            }

            if (validation.GetFragment(name) is not { } fragment || !_path.Add(name))
            {
                return 0;
            }

            var depth = Depth(fragment.SelectionSet, 0);
            _path.Remove(name);
            _fragmentDepths[name] = depth;
            return depth;
        }
    }
}
