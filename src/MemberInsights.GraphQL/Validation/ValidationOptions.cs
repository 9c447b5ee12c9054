namespace MemberInsights.GraphQL.Validation;

/// <summary>What <see cref="DocumentValidator"/> checks besides the specification's rules, and its limits.</summary>
public sealed class ValidationOptions
{
    /// <summary>The shared default: specified rules only, introspection allowed, at most 100 errors.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The rules to run; null means <see cref="SpecifiedRules.All"/>. The server rules below are added to them.</summary>
    public IReadOnlyList<ValidationRule>? Rules { get; init; }

    /// <summary>The number of errors after which validation stops (graphql-js stops at 100).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// The most pairs of same-named fields OverlappingFieldsCanBeMerged may compare before validation
    /// stops with a <see cref="ErrorCodes.LimitExceeded"/> error. The check is quadratic in the
    /// fields sharing a response name, so a small hostile document could otherwise cost seconds of CPU;
    /// real documents stay far below the default of 100,000.
    /// </summary>
    public int MaxFieldComparisons { get; init; } = 100_000;

    /// <summary>Maximum number of nested fields in an operation, <c>{ a { b } }</c> being 2 (fragments expanded); null for no limit.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>When false, <c>__schema</c> and <c>__type</c> are rejected (<c>__typename</c> stays allowed).</summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>Maximum estimated cost of an operation (see <see cref="CostOptions"/>); null for no limit.</summary>
    public int? MaxCost { get; init; }

    /// <summary>How the cost of an operation is estimated when <see cref="MaxCost"/> is set.</summary>
    public CostOptions Cost { get; init; } = CostOptions.Default;

    /// <summary>
    /// When true, messages carry no "Did you mean" suggestions, which would otherwise reveal type,
    /// field and argument names (use it with <see cref="AllowIntrospection"/> false).
    /// </summary>
    public bool HideSuggestions { get; init; }

    /// <summary>When true each error carries the name of the rule that raised it in <c>extensions.rule</c>.</summary>
    public bool IncludeRuleName { get; init; }
}

/// <summary>
/// Cost estimation: a field costs <see cref="FieldCost"/> (leaf fields <see cref="LeafFieldCost"/>)
/// plus the cost of its selection, multiplied for a list field by the value of its first/last/limit
/// argument, or by <see cref="DefaultListSize"/> when none is given.
/// </summary>
public sealed class CostOptions
{
    /// <summary>The shared defaults: objects cost 1, leaves 0, lists count 10 items.</summary>
    public static CostOptions Default { get; } = new();

    /// <summary>The cost of a field that returns an object, interface or union.</summary>
    public int FieldCost { get; init; } = 1;

    /// <summary>The cost of a field that returns a scalar or enum.</summary>
    public int LeafFieldCost { get; init; }

    /// <summary>The assumed number of items of a list field without a size argument.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>The arguments whose integer value (a literal, or the default of a variable) gives a list's size.</summary>
    public IReadOnlyList<string> ListSizeArguments { get; init; } = ["first", "last", "limit"];

    /// <summary>Explicit per-field costs keyed by <c>Type.field</c>, replacing the defaults above.</summary>
    public IReadOnlyDictionary<string, int> FieldCosts { get; init; } = new Dictionary<string, int>();
}
