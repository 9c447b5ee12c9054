using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1: variable names are unique within an operation.</summary>
internal sealed class UniqueVariableNamesRule : ValidationRule
{
    public static UniqueVariableNamesRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, SyntaxWalkContext context)
        {
            var groups = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var definition in node.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (!groups.TryGetValue(name, out var nodes))
                {
                    nodes = [];
                    groups.Add(name, nodes);
                    order.Add(name);
                }

                nodes.Add(definition.Variable.Name);
            }

            foreach (var name in order)
            {
                if (groups[name].Count > 1)
                {
                    validation.ReportError($"There can be only one variable named \"${name}\".", groups[name]);
                }
            }

            return VisitorAction.Continue;
        }
    }
}
