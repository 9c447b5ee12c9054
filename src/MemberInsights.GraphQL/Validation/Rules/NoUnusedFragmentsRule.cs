using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4: every fragment is used by some operation.</summary>
internal sealed class NoUnusedFragmentsRule : ValidationRule
{
    public static NoUnusedFragmentsRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly List<FragmentDefinitionNode> _fragments = [];

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, SyntaxWalkContext context)
        {
            _operations.Add(node);
            return VisitorAction.Skip;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node, SyntaxWalkContext context)
        {
            _fragments.Add(node);
            return VisitorAction.Skip;
        }

        protected override VisitorAction LeaveDocument(DocumentNode node, SyntaxWalkContext context)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var operation in _operations)
            {
                foreach (var fragment in validation.GetRecursivelyReferencedFragments(operation))
                {
                    used.Add(fragment.Name.Value);
                }
            }

            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    validation.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
                }
            }

            return VisitorAction.Continue;
        }
    }
}
