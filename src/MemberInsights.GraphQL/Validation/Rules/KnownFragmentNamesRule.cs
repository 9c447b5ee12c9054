using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.1: every fragment spread names a defined fragment.</summary>
internal sealed class KnownFragmentNamesRule : ValidationRule
{
    public static KnownFragmentNamesRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        protected override VisitorAction EnterFragmentSpread(FragmentSpreadNode node, SyntaxWalkContext context)
        {
            if (validation.GetFragment(node.Name.Value) is null)
            {
                validation.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
            }

            return VisitorAction.Continue;
        }
    }
}
