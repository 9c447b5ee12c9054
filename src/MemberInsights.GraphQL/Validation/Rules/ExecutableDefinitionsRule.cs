using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.1.1: an executable document contains only operations and fragments.</summary>
internal sealed class ExecutableDefinitionsRule : ValidationRule
{
    public static ExecutableDefinitionsRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        protected override VisitorAction EnterDocument(DocumentNode node, SyntaxWalkContext context)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is ExecutableDefinitionNode)
                {
                    continue;
                }

                var name = definition switch
                {
                    SchemaDefinitionNode or SchemaExtensionNode => "schema",
                    TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                    DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                    TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                    _ => "unknown",
                };
                validation.ReportError($"The {name} definition is not executable.", definition);
            }

            return VisitorAction.Skip;
        }
    }
}
