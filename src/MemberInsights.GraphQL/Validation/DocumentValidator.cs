using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Validation.Rules;

namespace MemberInsights.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (GraphQL specification section 5) in one walk
/// that runs every rule in parallel, as graphql-js <c>validate</c> does.
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// Returns the validation errors of <paramref name="document"/> (empty when valid). Each error
    /// carries <c>extensions.code</c> (<see cref="ErrorCodes.ValidationFailed"/> for the specified
    /// rules). After <see cref="ValidationOptions.MaxErrors"/> errors validation stops and one more
    /// error says so; a document whose field-merging check needs more than
    /// <see cref="ValidationOptions.MaxFieldComparisons"/> comparisons stops with a
    /// <see cref="ErrorCodes.LimitExceeded"/> error. Throws <see cref="OperationCanceledException"/>
    /// when <paramref name="cancellationToken"/> is cancelled while it runs.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema, DocumentNode document, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        var errors = new List<GraphQLError>();
        var context = new ValidationContext(schema, document, options, errors, cancellationToken);
        try
        {
            SyntaxWalker.Walk(document, new ParallelRuleVisitor(context, RulesFor(options)));
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(new GraphQLError(aborted.Message, aborted.Nodes, path: null, ErrorExtensions(aborted.Code)));
        }

        return errors;
    }

    private static List<ValidationRule> RulesFor(ValidationOptions options)
    {
        var rules = new List<ValidationRule> { new OperationExpansionRule(options.MaxFields, options.MaxNesting) };
        rules.AddRange(options.Rules ?? SpecifiedRules.All);
        if (!options.AllowIntrospection)
        {
            rules.Add(NoIntrospectionRule.Instance);
        }

        if (options.MaxDepth is { } maxDepth)
        {
            rules.Add(new MaxDepthRule(maxDepth));
        }

        if (options.MaxIntrospectionTypeDepth is { } maxTypeDepth)
        {
            rules.Add(new IntrospectionTypeDepthRule(maxTypeDepth));
        }

        return rules;
    }

    private static Dictionary<string, object?> ErrorExtensions(string code) => new(1) { ["code"] = code };
}
