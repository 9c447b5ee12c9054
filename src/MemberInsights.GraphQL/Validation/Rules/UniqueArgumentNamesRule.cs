using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2: argument names are unique per field and per directive.</summary>
internal sealed class UniqueArgumentNamesRule : ValidationRule
{
    public static UniqueArgumentNamesRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        protected override VisitorAction EnterField(FieldNode node, SyntaxWalkContext context)
        {
            Check(node.Arguments);
            return VisitorAction.Continue;
        }

        protected override VisitorAction EnterDirective(DirectiveNode node, SyntaxWalkContext context)
        {
            Check(node.Arguments);
            return VisitorAction.Continue;
        }

        private void Check(IReadOnlyList<ArgumentNode> arguments)
        {
            if (arguments.Count < 2)
            {
                return;
            }

            var groups = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var argument in arguments)
            {
                if (!groups.TryGetValue(argument.Name.Value, out var nodes))
                {
                    nodes = [];
                    groups.Add(argument.Name.Value, nodes);
                    order.Add(argument.Name.Value);
                }

                nodes.Add(argument.Name);
            }

            foreach (var name in order)
            {
                if (groups[name].Count > 1)
                {
                    validation.ReportError($"There can be only one argument named \"{name}\".", groups[name]);
                }
            }
        }
    }
}
