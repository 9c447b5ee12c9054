using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>graphql-js's recommended rule: introspection queries may not nest list fields 3 deep (fields, interfaces, possibleTypes, inputFields).</summary>
internal sealed class MaxIntrospectionDepthRule : ValidationRule
{
    public static MaxIntrospectionDepthRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        private const int MaxListsDepth = 3;
        private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

        protected override VisitorAction EnterField(FieldNode node, SyntaxWalkContext context)
        {
            if (node.Name.Value is "__schema" or "__type"
                && ExceedsDepth(node, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                validation.ReportError("Maximum introspection depth exceeded", node);
                return VisitorAction.Skip;
            }

            return VisitorAction.Continue;
        }

        private bool ExceedsDepth(SyntaxNode node, Dictionary<string, int> visitedFragments, int depth)
        {
            SelectionSetNode? selectionSet;
            switch (node)
            {
                case FragmentSpreadNode spread:
                    return SpreadExceedsDepth(spread.Name.Value, visitedFragments, depth);
                case FieldNode field:
                    if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
                    {
                        return true;
                    }

                    selectionSet = field.SelectionSet;
                    break;
                case InlineFragmentNode inline:
                    selectionSet = inline.SelectionSet;
                    break;
                case FragmentDefinitionNode fragment:
                    selectionSet = fragment.SelectionSet;
                    break;
                default:
                    return false;
            }

            if (selectionSet is not null)
            {
                foreach (var child in selectionSet.Selections)
                {
                    if (ExceedsDepth(child, visitedFragments, depth))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool SpreadExceedsDepth(string name, Dictionary<string, int> visitedFragments, int depth)
        {
            if (_exceededFragments.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
            {
                return true;
            }

            if ((visitedFragments.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
                || (_checkedFragments.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth))
            {
                return false;
            }

            if (validation.GetFragment(name) is not { } fragment)
            {
                return false;
            }

            visitedFragments[name] = depth;
            if (ExceedsDepth(fragment, visitedFragments, depth))
            {
                _exceededFragments[name] = depth;
                return true;
            }

            _checkedFragments[name] = depth;
            return false;
        }
    }
}
