using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>The collections the field-merging search keeps.</summary>
internal sealed partial class FieldConflictFinder
{
    private sealed record CollectedField(INamedType? ParentType, FieldNode Node, FieldDefinition? Definition, bool IsSimpleLeaf);

    /// <summary>Fields grouped by response name in first-seen order, and the fragment spreads met on the way.</summary>
    private sealed class CollectedFields
    {
        public List<string> Keys { get; } = [];

        public Dictionary<string, List<CollectedField>> Fields { get; } = new(StringComparer.Ordinal);

        public List<FragmentSpreadNode> Spreads { get; } = [];

        public List<FragmentDefinitionNode?>? DistinctSpreads { get; set; }

        public void Add(string responseName, CollectedField field)
        {
            if (!Fields.TryGetValue(responseName, out var list))
            {
                list = [];
                Fields.Add(responseName, list);
                Keys.Add(responseName);
            }

            list.Add(field);
        }
    }

    /// <summary>Pairs compared so far, remembering whether they were compared as mutually exclusive.</summary>
    private sealed class PairSet(bool ordered)
    {
        private readonly Dictionary<(object, object), bool> _pairs = [];

        public bool Has(object a, object b, bool mutuallyExclusive) =>
            Has1(a, b, mutuallyExclusive) || (!ordered && Has1(b, a, mutuallyExclusive));

        public void Add(object a, object b, bool mutuallyExclusive) => _pairs[(a, b)] = mutuallyExclusive;

        private bool Has1(object a, object b, bool mutuallyExclusive) =>
            _pairs.TryGetValue((a, b), out var stored) && (mutuallyExclusive || !stored);
    }
}
