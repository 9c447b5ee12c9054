namespace MemberInsights.GraphQL.Validation;

/// <summary>The <c>extensions.code</c> values of the server rules (the specified rules use <see cref="ErrorCodes.ValidationFailed"/>).</summary>
public static class ValidationErrorCodes
{
    /// <summary>The operation nests selections deeper than <see cref="ValidationOptions.MaxDepth"/>.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The operation's estimated cost is above <see cref="Execution.ExecutionOptions.MaxCost"/> (checked before execution).</summary>
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
}
