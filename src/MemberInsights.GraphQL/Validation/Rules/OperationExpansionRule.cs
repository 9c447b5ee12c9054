using System.Globalization;
using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Validation.Rules;

/// <summary>
/// Server rule, run first: bounds what each operation becomes once its fragments are expanded. A
/// fragment spread twice counts twice, so <c>F_n { ...F_(n-1) ...F_(n-1) }</c> fifty levels deep
/// expands to 2^50 fields although the document is 2 KB. The sizes are computed once per fragment
/// (linear in the document, without recursion), and a violation ends validation at once, before any
/// other rule walks the expansion: at most <c>maxFields</c> fields (when set) and at most
/// <c>maxNesting</c> nested selections, fields, inline fragments and spreads together, so no later
/// rule or the executor recurses deeper than that.
/// </summary>
internal sealed class OperationExpansionRule(int? maxFields, int maxNesting) : ValidationRule
{
    private const long Saturation = long.MaxValue / 4;

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context, maxFields, maxNesting);

    private sealed class Visitor(ValidationContext validation, int? maxFields, int maxNesting) : SyntaxVisitor
    {
        protected override VisitorAction EnterDocument(DocumentNode node, SyntaxWalkContext context)
        {
            var expansion = new Expansion(validation);
            foreach (var definition in node.Definitions)
            {
                if (definition is not OperationDefinitionNode operation)
                {
                    continue;
                }

                var (fields, nesting) = expansion.Of(operation);
                var name = operation.Name is { } operationName ? $"Operation \"{operationName.Value}\"" : "The operation";
                if (fields > maxFields)
                {
                    var count = fields >= Saturation ? "more than " + Saturation.ToString(CultureInfo.InvariantCulture) : fields.ToString(CultureInfo.InvariantCulture);
                    throw new ValidationAbortedException(
                        $"{name} selects {count} fields once its fragments are expanded, which exceeds the maximum of {maxFields} fields. Spread large fragments once, or split the operation.",
                        ErrorCodes.LimitExceeded,
                        [operation]);
                }

                if (nesting > maxNesting)
                {
                    throw new ValidationAbortedException(
                        $"{name} nests {nesting} levels deep once its fragments are expanded, which exceeds the maximum of {maxNesting}.",
                        ErrorCodes.LimitExceeded,
                        [operation]);
                }
            }

            return VisitorAction.Break;
        }
    }

    /// <summary>Per-definition sizes: own fields and nesting plus, for each spread, the level it sits at.</summary>
    private sealed class Expansion(ValidationContext validation)
    {
        private readonly Dictionary<string, (long Fields, int Nesting)> _fragments = new(StringComparer.Ordinal);
        private readonly Dictionary<SelectionSetNode, Shape> _shapes = new(ReferenceEqualityComparer.Instance);

        public (long Fields, int Nesting) Of(OperationDefinitionNode operation)
        {
            var shape = ShapeOf(operation.SelectionSet);
            var fields = shape.Fields;
            var nesting = shape.Nesting;
            foreach (var (name, level) in shape.Spreads)
            {
                var (spreadFields, spreadNesting) = Fragment(name);
                fields = Math.Min(fields + spreadFields, Saturation);
                nesting = Math.Max(nesting, level + spreadNesting);
            }

            return (fields, nesting);
        }

        /// <summary>A fragment's expanded size, computed bottom-up with an explicit stack; a spread inside a cycle counts as empty.</summary>
        private (long Fields, int Nesting) Fragment(string name)
        {
            if (_fragments.TryGetValue(name, out var known))
            {
                return known;
            }

            var inProgress = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>();
            pending.Push(name);
            while (pending.Count > 0)
            {
                var current = pending.Peek();
                if (_fragments.ContainsKey(current))
                {
                    pending.Pop();
                    continue;
                }

                if (validation.GetFragment(current) is not { } fragment)
                {
                    _fragments[current] = (0, 0);
                    pending.Pop();
                    continue;
                }

                inProgress.Add(current);
                var shape = ShapeOf(fragment.SelectionSet);
                var waiting = false;
                foreach (var (spread, _) in shape.Spreads)
                {
                    if (!_fragments.ContainsKey(spread) && !inProgress.Contains(spread))
                    {
                        pending.Push(spread);
                        waiting = true;
                    }
                }

                if (waiting)
                {
                    continue;
                }

                var fields = shape.Fields;
                var nesting = shape.Nesting;
                foreach (var (spread, level) in shape.Spreads)
                {
                    if (_fragments.TryGetValue(spread, out var size))
                    {
                        fields = Math.Min(fields + size.Fields, Saturation);
                        nesting = Math.Max(nesting, level + size.Nesting);
                    }
                }

                _fragments[current] = (fields, nesting);
                inProgress.Remove(current);
                pending.Pop();
            }

            return _fragments[name];
        }

        private Shape ShapeOf(SelectionSetNode root)
        {
            if (_shapes.TryGetValue(root, out var cached))
            {
                return cached;
            }

            var shape = new Shape();
            var sets = new Stack<(SelectionSetNode Set, int Level)>();
            sets.Push((root, 0));
            while (sets.Count > 0)
            {
                var (set, level) = sets.Pop();
                var inner = level + 1;
                shape.Nesting = Math.Max(shape.Nesting, inner);
                foreach (var selection in set.Selections)
                {
                    switch (selection)
                    {
                        case FieldNode field:
                            shape.Fields++;
                            if (field.SelectionSet is { } child)
                            {
                                sets.Push((child, inner));
                            }

                            break;
                        case InlineFragmentNode inline:
                            sets.Push((inline.SelectionSet, inner));
                            break;
                        case FragmentSpreadNode spread:
                            shape.Spreads.Add((spread.Name.Value, inner));
                            break;
                    }
                }
            }

            _shapes[root] = shape;
            return shape;
        }
    }

    private sealed class Shape
    {
        public long Fields { get; set; }

        public int Nesting { get; set; }

        public List<(string Name, int Level)> Spreads { get; } = [];
    }
}
