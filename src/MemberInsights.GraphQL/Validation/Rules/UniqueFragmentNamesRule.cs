using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1: fragment names are unique within a document.</summary>
internal sealed class UniqueFragmentNamesRule : ValidationRule
{
    public static UniqueFragmentNamesRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Skip;

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node, SyntaxWalkContext context)
        {
            var name = node.Name.Value;
            if (_known.TryGetValue(name, out var first))
            {
                validation.ReportError($"There can be only one fragment named \"{name}\".", first, node.Name);
            }
            else
            {
                _known.Add(name, node.Name);
            }

            return VisitorAction.Skip;
        }
    }
}
