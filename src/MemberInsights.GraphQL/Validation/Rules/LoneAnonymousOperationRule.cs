using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1: an anonymous operation must be the only operation of the document.</summary>
internal sealed class LoneAnonymousOperationRule : ValidationRule
{
    public static LoneAnonymousOperationRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        private int _operationCount;

        protected override VisitorAction EnterDocument(DocumentNode node, SyntaxWalkContext context)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is OperationDefinitionNode)
                {
                    _operationCount++;
                }
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, SyntaxWalkContext context)
        {
            if (node.Name is null && _operationCount > 1)
            {
                validation.ReportError("This anonymous operation must be the only defined operation.", node);
            }

            return VisitorAction.Continue;
        }
    }
}
