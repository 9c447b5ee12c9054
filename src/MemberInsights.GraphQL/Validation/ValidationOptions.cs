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

    /// <summary>
    /// Maximum number of nested fields in an operation, <c>{ a { b } }</c> being 2 (fragments expanded;
    /// introspection under <c>__schema</c> and <c>__type</c> not counted); null for no limit.
    /// </summary>
    public int? MaxDepth { get; init; }

    /// <summary>When false, <c>__schema</c> and <c>__type</c> are rejected (<c>__typename</c> stays allowed).</summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>
    /// Maximum number of fields an operation selects once its fragments are expanded (a fragment spread
    /// twice counts twice); null for no limit. Checked first, in time linear in the document: a violation
    /// ends validation with a <see cref="ErrorCodes.LimitExceeded"/> error.
    /// </summary>
    public int? MaxFields { get; init; }

    /// <summary>
    /// Maximum nesting of selections (fields, inline fragments and spreads) once fragments are expanded,
    /// which bounds the recursion of every later rule and of execution. Default 256, the parser's nesting limit.
    /// </summary>
    public int MaxNesting { get; init; } = 256;

    /// <summary>Maximum number of <c>ofType</c> fields on one path inside introspection; null for no limit.</summary>
    public int? MaxIntrospectionTypeDepth { get; init; }

    /// <summary>
    /// When true, messages carry no "Did you mean" suggestions, which would otherwise reveal type,
    /// field and argument names (use it with <see cref="AllowIntrospection"/> false).
    /// </summary>
    public bool HideSuggestions { get; init; }

    /// <summary>When true each error carries the name of the rule that raised it in <c>extensions.rule</c>.</summary>
    public bool IncludeRuleName { get; init; }
}
