using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1: operation names are unique within a document.</summary>
internal sealed class UniqueOperationNamesRule : ValidationRule
{
    public static UniqueOperationNamesRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, SyntaxWalkContext context)
        {
            if (node.Name is { } name)
            {
                if (_known.TryGetValue(name.Value, out var first))
                {
                    validation.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
                }
                else
                {
                    _known.Add(name.Value, name);
                }
            }

            return VisitorAction.Skip;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Skip;
    }
}
