using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Validation;

/// <summary>
/// What a rule's visitor sees while a document is validated: the schema, the document, the
/// <see cref="Validation.TypeInfo"/> of the current position, fragment and variable-usage lookups
/// (computed once per document and shared by all rules) and the error sink.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors;
    private readonly ValidationOptions _options;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<SelectionSetNode, List<FragmentSpreadNode>>? _fragmentSpreads;
    private Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>>? _recursiveFragments;
    private Dictionary<SyntaxNode, List<VariableUsage>>? _variableUsages;
    private Dictionary<OperationDefinitionNode, List<VariableUsage>>? _recursiveVariableUsages;

    internal ValidationContext(Schema schema, DocumentNode document, ValidationOptions options, List<GraphQLError> errors, CancellationToken cancellationToken = default)
    {
        CancellationToken = cancellationToken;
        Schema = schema;
        Document = document;
        TypeInfo = new TypeInfo(schema);
        _options = options;
        _errors = errors;
    }

    /// <summary>The schema the document is validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>The types at the current position of the walk.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The options of this validation.</summary>
    public ValidationOptions Options => _options;

    /// <summary>Cancelled when the request's time budget ends or its client goes away; rules doing much work check it.</summary>
    public CancellationToken CancellationToken { get; }

    internal string? CurrentRule { get; set; }

    /// <summary>Reports a validation error located at the given nodes.</summary>
    public void ReportError(string message, params IReadOnlyList<SyntaxNode> nodes) =>
        ReportError(message, ErrorCodes.ValidationFailed, nodes);

    /// <summary>Reports a validation error with a specific <c>extensions.code</c>.</summary>
    public void ReportError(string message, string code, IReadOnlyList<SyntaxNode> nodes)
    {
        if (_errors.Count >= _options.MaxErrors)
        {
            throw new ValidationAbortedException();
        }

        var extensions = new Dictionary<string, object?>(2) { ["code"] = code };
        if (_options.IncludeRuleName && CurrentRule is not null)
        {
            extensions["rule"] = CurrentRule;
        }

        _errors.Add(new GraphQLError(message, nodes, path: null, extensions));
    }

    /// <summary>The options close to <paramref name="input"/>, nearest first; none when suggestions are hidden.</summary>
    public IReadOnlyList<string> Suggest(string input, IEnumerable<string> options) =>
        _options.HideSuggestions ? [] : Suggestions.For(input, options);

    /// <summary>The fragment definition with the given name, or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments.TryAdd(fragment.Name.Value, fragment);
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads inside a selection set (through inline fragments, not through spreads).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        _fragmentSpreads ??= new Dictionary<SelectionSetNode, List<FragmentSpreadNode>>(ReferenceEqualityComparer.Instance);
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads))
        {
            return spreads;
        }

        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.Count > 0)
        {
            var set = setsToVisit.Pop();
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } child }:
                        setsToVisit.Push(child);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        _recursiveFragments ??= new Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>>(ReferenceEqualityComparer.Instance);
        if (_recursiveFragments.TryGetValue(operation, out var fragments))
        {
            return fragments;
        }

        fragments = [];
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(operation.SelectionSet);
        while (setsToVisit.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(setsToVisit.Pop()))
            {
                var name = spread.Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    setsToVisit.Push(fragment.SelectionSet);
                }
            }
        }

        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variables used inside an operation or fragment (not through spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _variableUsages ??= new Dictionary<SyntaxNode, List<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (!_variableUsages.TryGetValue(node, out var usages))
        {
            var collector = new VariableUsageCollector(Schema);
            SyntaxWalker.Walk(node, collector);
            usages = collector.Usages;
            _variableUsages[node] = usages;
        }

        return usages;
    }

    /// <summary>The variables used by an operation, including inside every fragment it references.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        _recursiveVariableUsages ??= new Dictionary<OperationDefinitionNode, List<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (!_recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            usages = [.. GetVariableUsages(operation)];
            foreach (var fragment in GetRecursivelyReferencedFragments(operation))
            {
                usages.AddRange(GetVariableUsages(fragment));
            }

            _recursiveVariableUsages[operation] = usages;
        }

        return usages;
    }

    private sealed class VariableUsageCollector(Schema schema) : ISyntaxVisitor
    {
        private readonly TypeInfo _typeInfo = new(schema);

        public List<VariableUsage> Usages { get; } = [];

        public VisitorAction Enter(SyntaxNode node, SyntaxWalkContext context)
        {
            if (node.Kind == SyntaxKind.VariableDefinition)
            {
                return VisitorAction.Skip;
            }

            _typeInfo.Enter(node);
            if (node is VariableNode variable)
            {
                Usages.Add(new VariableUsage(variable, _typeInfo.InputType, _typeInfo.DefaultValue, _typeInfo.ParentInputType));
            }

            return VisitorAction.Continue;
        }

        public VisitorAction Leave(SyntaxNode node, SyntaxWalkContext context)
        {
            _typeInfo.Leave(node);
            return VisitorAction.Continue;
        }
    }
}

/// <summary>A use of a variable and the input position it is used in.</summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The type expected at that position, if known.</param>
/// <param name="DefaultValue">The default value of that position (argument or input field), if any.</param>
/// <param name="ParentType">The input type enclosing the position (e.g. the input object), if any.</param>
public sealed record VariableUsage(VariableNode Node, IInputType? Type, ValueNode? DefaultValue, IInputType? ParentType);

/// <summary>Thrown inside validation when the error limit or a work limit is reached.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : this("Too many validation errors, error limit reached. Validation aborted.", ErrorCodes.ValidationFailed)
    {
    }

    public ValidationAbortedException(string message, string code, IReadOnlyList<SyntaxNode>? nodes = null)
        : base(message)
    {
        Code = code;
        Nodes = nodes ?? [];
    }

    /// <summary>The <c>extensions.code</c> of the error that ends validation.</summary>
    public string Code { get; }

    /// <summary>The nodes the error is located at (none when the whole document is at fault).</summary>
    public IReadOnlyList<SyntaxNode> Nodes { get; }
}
