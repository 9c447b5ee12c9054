using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.3: fragments condition on object, interface or union types.</summary>
internal sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public static FragmentsOnCompositeTypesRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        protected override VisitorAction EnterInlineFragment(InlineFragmentNode node, SyntaxWalkContext context)
        {
            if (node.TypeCondition is { } condition && IsNonComposite(condition))
            {
                validation.ReportError($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node, SyntaxWalkContext context)
        {
            if (IsNonComposite(node.TypeCondition))
            {
                validation.ReportError(
                    $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".",
                    node.TypeCondition);
            }

            return VisitorAction.Continue;
        }

        private bool IsNonComposite(NamedTypeNode condition) =>
            validation.Schema.GetType(condition.Name.Value) is { } type && type is not ICompositeType;
    }
}
