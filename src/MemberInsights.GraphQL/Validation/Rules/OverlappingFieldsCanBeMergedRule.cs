using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2: fields that share a response name in the same selection (through fragments too) can
/// be merged: same field and arguments unless their parents are disjoint object types, and
/// compatible types and sub-selections always. The search lives in <see cref="FieldConflictFinder"/>.
/// </summary>
internal sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    public static OverlappingFieldsCanBeMergedRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        private readonly FieldConflictFinder _finder = new(validation);

        protected override VisitorAction EnterSelectionSet(SelectionSetNode node, SyntaxWalkContext context)
        {
            if (context.Parent is InlineFragmentNode
                || (node.Selections.Count <= 1 && (node.Selections.Count == 0 || node.Selections[0] is not InlineFragmentNode)))
            {
                return VisitorAction.Continue;
            }

            foreach (var conflict in _finder.FindConflictsWithinSelectionSet(validation.TypeInfo.ParentType, node))
            {
                var nodes = new List<SyntaxNode>(conflict.Fields1.Count + conflict.Fields2.Count);
                nodes.AddRange(conflict.Fields1);
                nodes.AddRange(conflict.Fields2);
                validation.ReportError(
                    $"Fields \"{FieldConflictFinder.Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    nodes);
            }

            return VisitorAction.Continue;
        }
    }
}
