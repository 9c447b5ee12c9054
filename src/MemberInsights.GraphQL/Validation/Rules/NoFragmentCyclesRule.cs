using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.2: fragment spreads do not form cycles.</summary>
internal sealed class NoFragmentCyclesRule : ValidationRule
{
    public static NoFragmentCyclesRule Instance { get; } = new();

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext validation) : SyntaxVisitor
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, SyntaxWalkContext context) => VisitorAction.Skip;

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node, SyntaxWalkContext context)
        {
            DetectCycles(node);
            return VisitorAction.Skip;
        }

        private void DetectCycles(FragmentDefinitionNode fragment)
        {
            var fragmentName = fragment.Name.Value;
            if (!_visited.Add(fragmentName))
            {
                return;
            }

            var spreads = validation.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return;
            }

            _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (validation.GetFragment(spreadName) is { } spreadFragment)
                    {
                        DetectCycles(spreadFragment);
                    }
                }
                else
                {
                    ReportCycle(spreadName, _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex));
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _spreadPathIndexByName.Remove(fragmentName);
        }

        private void ReportCycle(string spreadName, List<FragmentSpreadNode> cyclePath)
        {
            var via = new List<string>(cyclePath.Count);
            for (var i = 0; i < cyclePath.Count - 1; i++)
            {
                via.Add("\"" + cyclePath[i].Name.Value + "\"");
            }

            var message = $"Cannot spread fragment \"{spreadName}\" within itself"
                + (via.Count > 0 ? " via " + string.Join(", ", via) + "." : ".");
            validation.ReportError(message, [.. cyclePath]);
        }
    }
}
