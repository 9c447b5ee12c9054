using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.3: a fragment is spread only where its type can apply.</summary>
internal sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public static PossibleFragmentSpreadsRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        protected override VisitorAction EnterInlineFragment(InlineFragmentNode node, SyntaxWalkContext context)
        {
            if (validation.TypeInfo.Type is ICompositeType fragmentType
                && validation.TypeInfo.ParentType is { } parentType
                && !TypeComparators.DoTypesOverlap(validation.Schema, fragmentType, parentType))
            {
                validation.ReportError(
                    $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    node);
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterFragmentSpread(FragmentSpreadNode node, SyntaxWalkContext context)
        {
            var name = node.Name.Value;
            if (validation.GetFragment(name) is { } fragment
                && validation.Schema.GetType(fragment.TypeCondition.Name.Value) is ICompositeType fragmentType
                && validation.TypeInfo.ParentType is { } parentType
                && !TypeComparators.DoTypesOverlap(validation.Schema, fragmentType, parentType))
            {
                validation.ReportError(
                    $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    node);
            }

            return VisitorAction.Continue;
        }
    }
}
