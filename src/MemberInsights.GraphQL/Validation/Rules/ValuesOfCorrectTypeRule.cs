using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.1: literal values are coercible to the type expected at their position.</summary>
internal sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    public static ValuesOfCorrectTypeRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        private readonly InputLiteralValidator _literals = new(validation);

        public override VisitorAction Enter(SyntaxNode node, SyntaxWalkContext context)
        {
            switch (node.Kind)
            {
                case SyntaxKind.ListValue:
                    Check((ValueNode)node, validation.TypeInfo.ParentInputType);
                    return VisitorAction.Skip;
                case SyntaxKind.NullValue:
                case SyntaxKind.ObjectValue:
                case SyntaxKind.EnumValue:
                case SyntaxKind.IntValue:
                case SyntaxKind.FloatValue:
                case SyntaxKind.StringValue:
                case SyntaxKind.BooleanValue:
                    Check((ValueNode)node, validation.TypeInfo.InputType);
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }

        private void Check(ValueNode node, IInputType? type)
        {
            if (type is not null)
            {
                _literals.Validate(node, type);
            }
        }
    }
}
