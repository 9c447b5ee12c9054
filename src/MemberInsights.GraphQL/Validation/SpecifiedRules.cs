using MemberInsights.GraphQL.Validation.Rules;

namespace MemberInsights.GraphQL.Validation;

/// <summary>The rules of the GraphQL specification, in graphql-js <c>specifiedRules</c> order.</summary>
public static class SpecifiedRules
{
    /// <summary>Every specified rule (and graphql-js's recommended MaxIntrospectionDepthRule).</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        ExecutableDefinitionsRule.Instance,
        KnownOperationTypesRule.Instance,
        UniqueOperationNamesRule.Instance,
        LoneAnonymousOperationRule.Instance,
        SingleFieldSubscriptionsRule.Instance,
        KnownTypeNamesRule.Instance,
        FragmentsOnCompositeTypesRule.Instance,
        VariablesAreInputTypesRule.Instance,
        ScalarLeafsRule.Instance,
        FieldsOnCorrectTypeRule.Instance,
        UniqueFragmentNamesRule.Instance,
        KnownFragmentNamesRule.Instance,
        NoUnusedFragmentsRule.Instance,
        PossibleFragmentSpreadsRule.Instance,
        NoFragmentCyclesRule.Instance,
        UniqueVariableNamesRule.Instance,
        NoUndefinedVariablesRule.Instance,
        NoUnusedVariablesRule.Instance,
        KnownDirectivesRule.Instance,
        UniqueDirectivesPerLocationRule.Instance,
        KnownArgumentNamesRule.Instance,
        UniqueArgumentNamesRule.Instance,
        ValuesOfCorrectTypeRule.Instance,
        ProvidedRequiredArgumentsRule.Instance,
        VariablesInAllowedPositionRule.Instance,
        OverlappingFieldsCanBeMergedRule.Instance,
        UniqueInputFieldNamesRule.Instance,
        MaxIntrospectionDepthRule.Instance,
    ];
}
