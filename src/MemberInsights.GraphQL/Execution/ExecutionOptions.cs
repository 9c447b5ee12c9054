using MemberInsights.GraphQL.Execution.Cost;
using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Validation;

namespace MemberInsights.GraphQL.Execution;

/// <summary>Limits and behaviour of a <see cref="RequestExecutor"/> (bind from configuration section <c>GraphQL</c>).</summary>
public sealed class ExecutionOptions
{
    /// <summary>Maximum document size in UTF-8 bytes.</summary>
    public int MaxDocumentBytes { get; set; } = 256 * 1024;

    /// <summary>Maximum number of lexical tokens in a document.</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>Maximum syntactic nesting depth checked by the parser.</summary>
    public int MaxNesting { get; set; } = 128;

    /// <summary>Maximum field depth of an operation, introspection not counted (validation); null for no limit.</summary>
    public int? MaxDepth { get; set; } = 15;

    /// <summary>
    /// Maximum number of fields an operation selects once its fragments are expanded (validation, with
    /// code <c>LIMIT_EXCEEDED</c>); null for no limit. The standard introspection queries select about 300.
    /// </summary>
    public int? MaxFields { get; set; } = 2_000;

    /// <summary>Maximum number of nested <c>ofType</c> fields inside introspection (graphql-js sends 9); null for no limit.</summary>
    public int? MaxIntrospectionTypeDepth { get; set; } = 16;

    /// <summary>
    /// Maximum estimated cost of an operation with the request's variables, checked after variable
    /// coercion and before execution (see <see cref="OperationCostAnalyzer"/>); null for no limit.
    /// </summary>
    public long? MaxCost { get; set; }

    /// <summary>The cost of a field returning an object, interface or union (without an estimator).</summary>
    public int FieldCost { get; set; } = 1;

    /// <summary>The assumed item count (cost multiplier) of a list field without a size argument.</summary>
    public int ListCost { get; set; } = 10;

    /// <summary>The most same-named field pairs validation compares before rejecting the document as too complex.</summary>
    public int MaxFieldComparisons { get; set; } = 100_000;

    /// <summary>When false, <c>__schema</c> and <c>__type</c> are rejected by validation.</summary>
    public bool AllowIntrospection { get; set; } = true;

    /// <summary>
    /// The request's time budget, from the start of parsing to the end of execution (the HTTP layer writes
    /// the response within what is left); null for none. Resolvers see it through their cancellation token.
    /// </summary>
    public TimeSpan? ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>When true, masked errors carry the exception type, message and stack (development only).</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>Number of parsed and validated documents kept (LRU); 0 disables the cache.</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>The parser limits derived from these options.</summary>
    public ParserOptions ToParserOptions() =>
        new() { MaxDocumentBytes = MaxDocumentBytes, MaxTokens = MaxTokens, MaxDepth = MaxNesting };

    /// <summary>The validation options derived from these options.</summary>
    public ValidationOptions ToValidationOptions() => new()
    {
        MaxDepth = MaxDepth,
        MaxFields = MaxFields,
        MaxNesting = MaxNesting,
        MaxIntrospectionTypeDepth = MaxIntrospectionTypeDepth,
        AllowIntrospection = AllowIntrospection,
        MaxFieldComparisons = MaxFieldComparisons,
    };

    /// <summary>The cost estimation options derived from these options.</summary>
    public CostOptions ToCostOptions() => new() { FieldCost = FieldCost, DefaultListSize = ListCost };
}
