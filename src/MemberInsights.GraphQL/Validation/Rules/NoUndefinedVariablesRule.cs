using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.3: every variable used is defined by the operation.</summary>
internal sealed class NoUndefinedVariablesRule : ValidationRule
{
    public static NoUndefinedVariablesRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, SyntaxWalkContext context)
        {
            var defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in node.VariableDefinitions)
            {
                defined.Add(definition.Variable.Name.Value);
            }

            foreach (var usage in validation.GetRecursiveVariableUsages(node))
            {
                var name = usage.Node.Name.Value;
                if (!defined.Contains(name))
                {
                    var message = node.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.";
                    validation.ReportError(message, usage.Node, node);
                }
            }

            return VisitorAction.Continue;
        }
    }
}
