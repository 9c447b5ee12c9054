using MemberInsights.GraphQL.Types.Scalars;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Types;

/// <summary>The directives every schema has: @include, @skip, @deprecated, @specifiedBy and @oneOf.</summary>
public static class SpecifiedDirectives
{
    /// <summary>The reason <c>@deprecated</c> uses when none is given.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Include { get; } = new(
        "include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new ArgumentDefinition("if", new NonNullType(ScalarType.Boolean)) { Description = "Included when true." }])
    {
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
    };

    /// <summary><c>@skip(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new ArgumentDefinition("if", new NonNullType(ScalarType.Boolean)) { Description = "Skipped when true." }])
    {
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
    };

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c>.</summary>
    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        [
            new ArgumentDefinition("reason", ScalarType.String)
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                DefaultValue = new StringValueNode { Value = DefaultDeprecationReason },
            },
        ])
    {
        Description = "Marks an element of a GraphQL schema as no longer supported.",
    };

    /// <summary><c>@specifiedBy(url: String!)</c>.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        [DirectiveLocation.Scalar],
        [new ArgumentDefinition("url", new NonNullType(ScalarType.String)) { Description = "The URL that specifies the behavior of this scalar." }])
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
    };

    /// <summary><c>@oneOf</c> on input objects.</summary>
    public static DirectiveDefinition OneOf { get; } = new("oneOf", [DirectiveLocation.InputObject])
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    /// <summary>All specified directives, in graphql-js order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];
}
