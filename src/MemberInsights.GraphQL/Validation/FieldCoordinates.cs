using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Types.Introspection;

namespace MemberInsights.GraphQL.Validation;

/// <summary>Schema coordinates of fields and arguments as graphql-js prints them in messages.</summary>
internal static class FieldCoordinates
{
    /// <summary><c>Type.field</c>; meta fields print as <c>&lt;meta&gt;.__typename</c> like graphql-js.</summary>
    public static string Of(ICompositeType? parentType, FieldDefinition field) =>
        (IsMetaField(field) ? "<meta>" : parentType?.Name ?? "<unknown>") + "." + field.Name;

    /// <summary><c>Type.field(argument:)</c>.</summary>
    public static string Of(ICompositeType? parentType, FieldDefinition field, ArgumentDefinition argument) =>
        Of(parentType, field) + "(" + argument.Name + ":)";

    private static bool IsMetaField(FieldDefinition field) =>
        ReferenceEquals(field, IntrospectionTypes.TypeNameMetaField)
        || ReferenceEquals(field, IntrospectionTypes.SchemaMetaField)
        || ReferenceEquals(field, IntrospectionTypes.TypeMetaField);
}
