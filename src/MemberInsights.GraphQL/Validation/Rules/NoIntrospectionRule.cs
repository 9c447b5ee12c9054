using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Server rule used when introspection is disabled: rejects <c>__schema</c> and <c>__type</c>, allows <c>__typename</c>.</summary>
internal sealed class NoIntrospectionRule : ValidationRule
{
    public static NoIntrospectionRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        protected override VisitorAction EnterField(FieldNode node, SyntaxWalkContext context)
        {
            if (node.Name.Value is "__schema" or "__type")
            {
                validation.ReportError(
                    $"GraphQL introspection is not allowed, but the query contained {node.Name.Value}.",
                    ErrorCodes.IntrospectionDisabled,
                    [node]);
                return VisitorAction.Skip;
            }

            return VisitorAction.Continue;
        }
    }
}
