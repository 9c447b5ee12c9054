using MemberInsights.GraphQL.Language;

namespace MemberInsights.GraphQL.Validation;

/// <summary>
/// One validation rule: a factory of a visitor that inspects a document while
/// <see cref="DocumentValidator"/> walks it once for all rules, and reports errors to the context.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>The rule's name as graphql-js names it, e.g. <c>FieldsOnCorrectTypeRule</c>.</summary>
    public virtual string Name => GetType().Name;

    /// <summary>Creates the visitor for one validation of one document; it may keep per-document state.</summary>
    public abstract ISyntaxVisitor CreateVisitor(ValidationContext context);

    /// <inheritdoc />
    public override string ToString() => Name;
}
