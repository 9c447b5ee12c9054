using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.2: variables are declared with input types.</summary>
internal sealed class VariablesAreInputTypesRule : ValidationRule
{
    public static VariablesAreInputTypesRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        protected override VisitorAction EnterVariableDefinition(VariableDefinitionNode node, SyntaxWalkContext context)
        {
            if (TypePredicates.TypeFromAst(validation.Schema, node.Type) is { } type && !TypePredicates.IsInputType(type))
            {
                validation.ReportError(
                    $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".",
                    node.Type);
            }

            return VisitorAction.Continue;
        }
    }
}
