using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Each operation's type (query, mutation, subscription) has a root type in the schema.</summary>
internal sealed class KnownOperationTypesRule : ValidationRule
{
    public static KnownOperationTypesRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, SyntaxWalkContext context)
        {
            if (validation.Schema.GetRootType(node.Operation) is null)
            {
                var operation = node.Operation.ToString().ToLowerInvariant();
                validation.ReportError($"The {operation} operation is not supported by the schema.", node);
            }

            return VisitorAction.Continue;
        }
    }
}
