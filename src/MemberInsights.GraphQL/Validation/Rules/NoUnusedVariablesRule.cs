using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.4: every variable an operation defines is used.</summary>
internal sealed class NoUnusedVariablesRule : ValidationRule
{
    public static NoUnusedVariablesRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, SyntaxWalkContext context)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in validation.GetRecursiveVariableUsages(node))
            {
                used.Add(usage.Node.Name.Value);
            }

            foreach (var definition in node.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    var message = node.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.";
                    validation.ReportError(message, definition);
                }
            }

            return VisitorAction.Continue;
        }
    }
}
