using System.Text;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>A conflict between two sets of fields that share a response name.</summary>
internal sealed record FieldConflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

/// <summary>
/// The field-merging search of graphql-js's OverlappingFieldsCanBeMergedRule: fields are collected
/// per selection set (cached), fragments are compared once per pair, and mutual exclusivity of
/// disjoint object parents is carried down into sub-selections.
/// </summary>
internal sealed partial class FieldConflictFinder(ValidationContext validation)
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private static readonly object UnknownFragment = new();
    private static readonly object NoParentType = new();

    private readonly Dictionary<(object, SelectionSetNode), CollectedFields> _collected = [];
    private readonly PairSet _comparedFieldsAndFragments = new(ordered: true);
    private readonly PairSet _comparedFragmentPairs = new(ordered: false);
    private readonly ArgumentValueKeys _valueKeys = new();
    private int _comparisons;

    public static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    public List<FieldConflict> FindConflictsWithinSelectionSet(INamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<FieldConflict>();
        var collected = Collect(parentType, selectionSet);
        CollectConflictsWithin(conflicts, collected);
        if (collected.Spreads.Count != 0 && (collected.Keys.Count != 0 || collected.Spreads.Count > 1))
        {
            var spreads = SpreadsOf(collected);
            for (var i = 0; i < spreads.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, spreads[i]);
                for (var j = i + 1; j < spreads.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, spreads[i], spreads[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        List<FieldConflict> conflicts, bool mutuallyExclusive, CollectedFields collected, FragmentDefinitionNode? fragment)
    {
        if (collected.Keys.Count == 0)
        {
            return;
        }

        var fragmentKey = (object?)fragment ?? UnknownFragment;
        if (_comparedFieldsAndFragments.Has(collected, fragmentKey, mutuallyExclusive))
        {
            return;
        }

        _comparedFieldsAndFragments.Add(collected, fragmentKey, mutuallyExclusive);
        if (fragment is null)
        {
            return;
        }

        var collected2 = CollectFragment(fragment);
        var referenced = SpreadsOf(collected2);
        if (ReferenceEquals(collected, collected2))
        {
            return;
        }

        CollectConflictsBetween(conflicts, mutuallyExclusive, collected, collected2);
        foreach (var referencedFragment in referenced)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected, referencedFragment);
        }
    }

    private void CollectConflictsBetweenFragments(
        List<FieldConflict> conflicts, bool mutuallyExclusive, FragmentDefinitionNode? fragment1, FragmentDefinitionNode? fragment2)
    {
        if (ReferenceEquals(fragment1, fragment2))
        {
            return;
        }

        var key1 = (object?)fragment1 ?? UnknownFragment;
        var key2 = (object?)fragment2 ?? UnknownFragment;
        if (_comparedFragmentPairs.Has(key1, key2, mutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs.Add(key1, key2, mutuallyExclusive);
        if (fragment1 is null || fragment2 is null)
        {
            return;
        }

        var collected1 = CollectFragment(fragment1);
        var referenced1 = SpreadsOf(collected1);
        var collected2 = CollectFragment(fragment2);
        var referenced2 = SpreadsOf(collected2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, collected1, collected2);
        foreach (var referenced in referenced2)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragment1, referenced);
        }

        foreach (var referenced in referenced1)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, referenced, fragment2);
        }
    }

    private List<FieldConflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive, INamedType? parentType1, SelectionSetNode selectionSet1, INamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<FieldConflict>();
        var collected1 = Collect(parentType1, selectionSet1);
        var spreads1 = SpreadsOf(collected1);
        var collected2 = Collect(parentType2, selectionSet2);
        var spreads2 = SpreadsOf(collected2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, collected1, collected2);
        foreach (var spread in spreads2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected1, spread);
        }

        foreach (var spread in spreads1)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected2, spread);
        }

        foreach (var spread1 in spreads1)
        {
            foreach (var spread2 in spreads2)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, spread1, spread2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<FieldConflict> conflicts, CollectedFields collected)
    {
        foreach (var responseName in collected.Keys)
        {
            var fields = collected.Fields[responseName];
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<FieldConflict> conflicts, bool mutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.Keys.Count == 0 || collected2.Keys.Count == 0)
        {
            return;
        }

        foreach (var responseName in collected1.Keys)
        {
            if (!collected2.Fields.TryGetValue(responseName, out var fields2))
            {
                continue;
            }

            foreach (var field1 in collected1.Fields[responseName])
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private FieldConflict? FindConflict(bool parentsMutuallyExclusive, string responseName, CollectedField field1, CollectedField field2)
    {
        if ((++_comparisons & 255) == 0)
        {
            validation.CancellationToken.ThrowIfCancellationRequested();
        }

        if (_comparisons > validation.Options.MaxFieldComparisons)
        {
            throw new ValidationAbortedException(
                $"The document is too complex to validate: checking that its fields can be merged needs more than {validation.Options.MaxFieldComparisons} comparisons. Validation aborted.",
                ErrorCodes.LimitExceeded);
        }

        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!mutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return new FieldConflict(
                    responseName, $"\"{Abbreviate(node1.Name.Value)}\" and \"{Abbreviate(node2.Name.Value)}\" are different fields", [node1], [node2]);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return new FieldConflict(responseName, "they have differing arguments", [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new FieldConflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindConflictsBetweenSubSelectionSets(
                mutuallyExclusive,
                type1 is null ? null : TypePredicates.NamedType(type1),
                selectionSet1,
                type2 is null ? null : TypePredicates.NamedType(type2),
                selectionSet2);
            return SubfieldConflicts(subConflicts, responseName, node1, node2);
        }

        return null;
    }

    private static FieldConflict? SubfieldConflicts(List<FieldConflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? string.Empty : " and ")
                .Append($"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}");
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new FieldConflict(responseName, Abbreviate(message.ToString()), ConflictNodes(node1, conflicts, first: true), ConflictNodes(node2, conflicts, first: false));
    }

    private static List<FieldNode> ConflictNodes(FieldNode node, List<FieldConflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            nodes.AddRange(side.Count > remaining ? side.GetRange(side.Count - remaining, remaining) : side);
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static bool DoTypesConflict(IType type1, IType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        return (type1, type2) switch
        {
            (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
            (ListType, _) or (_, ListType) => true,
            (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
            (NonNullType, _) or (_, NonNullType) => true,
            (ILeafType, _) or (_, ILeafType) => true,
            _ => false,
        };
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            ArgumentNode? argument2 = null;
            foreach (var candidate in arguments2)
            {
                if (candidate.Name.Value == argument1.Name.Value)
                {
                    argument2 = candidate;
                }
            }

            if (argument2 is null || _valueKeys.Of(argument1.Value) != _valueKeys.Of(argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    private CollectedFields CollectFragment(FragmentDefinitionNode fragment) =>
        Collect(validation.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private CollectedFields Collect(INamedType? parentType, SelectionSetNode selectionSet)
    {
        var key = ((object?)parentType ?? NoParentType, selectionSet);
        if (!_collected.TryGetValue(key, out var collected))
        {
            collected = new CollectedFields();
            CollectInto(collected, parentType, selectionSet);
            _collected[key] = collected;
        }

        return collected;
    }

    private void CollectInto(CollectedFields collected, INamedType? parentType, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ObjectType or InterfaceType ? ((IComplexOutputType)parentType).GetField(field.Name.Value) : null;
                    var isSimpleLeaf = field.Arguments.Count == 0 && field.SelectionSet is null && !HasDirective(field, "stream");
                    collected.Add(field.ResponseKey, new CollectedField(parentType, field, definition, isSimpleLeaf));
                    break;
                case FragmentSpreadNode spread:
                    collected.Spreads.Add(spread);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? validation.Schema.GetType(condition.Name.Value) : parentType;
                    CollectInto(collected, inlineType, inline.SelectionSet);
                    break;
            }
        }
    }

    private List<FragmentDefinitionNode?> SpreadsOf(CollectedFields collected)
    {
        if (collected.DistinctSpreads is { } cached)
        {
            return cached;
        }

        var result = new List<FragmentDefinitionNode?>(collected.Spreads.Count);
        foreach (var spread in collected.Spreads)
        {
            var fragment = validation.GetFragment(spread.Name.Value);
            if (!result.Contains(fragment))
            {
                result.Add(fragment);
            }
        }

        collected.DistinctSpreads = result;
        return result;
    }

    private static bool HasDirective(FieldNode field, string name)
    {
        foreach (var directive in field.Directives)
        {
            if (directive.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
