using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>
/// Server rule: inside <c>__schema</c> and <c>__type</c>, no path nests more than <c>maxTypeDepth</c>
/// <c>ofType</c> fields (graphql-js's <c>getIntrospectionQuery</c> sends 9 by default). Together with
/// <see cref="MaxIntrospectionDepthRule"/> (list fields nested at most 3 deep) this is the bound on
/// introspection, which <see cref="MaxDepthRule"/> leaves out. Each fragment is measured once.
/// </summary>
internal sealed class IntrospectionTypeDepthRule(int maxTypeDepth) : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context, maxTypeDepth);

    private sealed class Visitor(ValidationContext validation, int maxTypeDepth) : SyntaxVisitor
    {
        private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
        private readonly HashSet<string> _path = new(StringComparer.Ordinal);

        protected override VisitorAction EnterField(FieldNode node, SyntaxWalkContext context)
        {
            if (node.Name.Value is not ("__schema" or "__type") || node.SelectionSet is not { } selectionSet)
            {
                return VisitorAction.Continue;
            }

            var depth = OfTypeDepth(selectionSet);
            if (depth > maxTypeDepth)
            {
                validation.ReportError(
                    $"Introspection nests \"ofType\" {depth} deep, which exceeds the maximum of {maxTypeDepth}.",
                    ValidationErrorCodes.MaxDepthExceeded,
                    [node]);
            }

            return VisitorAction.Skip;
        }

        private int OfTypeDepth(SelectionSetNode selectionSet)
        {
            var deepest = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var depth = selection switch
                {
                    FieldNode field => (field.Name.Value == "ofType" ? 1 : 0) + (field.SelectionSet is { } child ? OfTypeDepth(child) : 0),
                    InlineFragmentNode inline => OfTypeDepth(inline.SelectionSet),
                    FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                    _ => 0,
                };
                deepest = Math.Max(deepest, depth);
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

            var depth = OfTypeDepth(fragment.SelectionSet);
            _path.Remove(name);
            _fragmentDepths[name] = depth;
            return depth;
        }
    }
}
