using MemberInsights.GraphQL.Types.Scalars;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Types.Introspection;

/// <summary>
/// The introspection types of the spec (section 4.2) with their resolvers, and the meta-fields
/// <c>__schema</c>, <c>__type</c> and <c>__typename</c>.
/// </summary>
public static class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        TypeKindEnum = BuildEnum("__TypeKind", "An enum describing what kind of type a given `__Type` is.", Enum.GetValues<TypeKind>(), ToScreamingSnake, DescriptionOf);
        DirectiveLocationEnum = BuildEnum(
            "__DirectiveLocation",
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
            Enum.GetValues<DirectiveLocation>(),
            location => location.ToName(),
            DescriptionOf);

        Schema = new ObjectType("__Schema") { Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations." };
        Type = new ObjectType("__Type") { Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types." };
        Field = new ObjectType("__Field") { Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type." };
        InputValue = new ObjectType("__InputValue") { Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value." };
        EnumValue = new ObjectType("__EnumValue") { Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string." };
        Directive = new ObjectType("__Directive") { Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor." };

        IntrospectionFields.Define(Schema, Type, Field, InputValue, EnumValue, Directive, TypeKindEnum, DirectiveLocationEnum);

        SchemaMetaField = new FieldDefinition("__schema", new NonNullType(Schema))
        {
            Description = "Access the current type schema of this server.",
            Resolver = context => new ValueTask<object?>(context.Schema),
        };
        TypeMetaField = new FieldDefinition("__type", Type, [new ArgumentDefinition("name", new NonNullType(ScalarType.String))])
        {
            Description = "Request the type information of a single type.",
            Resolver = context => new ValueTask<object?>(context.Schema.GetType(context.Argument<string>("name") ?? string.Empty)),
        };
        TypeNameMetaField = new FieldDefinition("__typename", new NonNullType(ScalarType.String))
        {
            Description = "The name of the current Object type at runtime.",
            Resolver = context => new ValueTask<object?>(context.ParentType.Name),
        };
    }

    /// <summary><c>__Schema</c>.</summary>
    public static ObjectType Schema { get; }

    /// <summary><c>__Type</c>.</summary>
    public static ObjectType Type { get; }

    /// <summary><c>__Field</c>.</summary>
    public static ObjectType Field { get; }

    /// <summary><c>__InputValue</c>.</summary>
    public static ObjectType InputValue { get; }

    /// <summary><c>__EnumValue</c>.</summary>
    public static ObjectType EnumValue { get; }

    /// <summary><c>__Directive</c>.</summary>
    public static ObjectType Directive { get; }

    /// <summary><c>__TypeKind</c>.</summary>
    public static EnumType TypeKindEnum { get; }

    /// <summary><c>__DirectiveLocation</c>.</summary>
    public static EnumType DirectiveLocationEnum { get; }

    /// <summary>The <c>__schema: __Schema!</c> meta-field, available on the query root.</summary>
    public static FieldDefinition SchemaMetaField { get; }

    /// <summary>The <c>__type(name: String!): __Type</c> meta-field, available on the query root.</summary>
    public static FieldDefinition TypeMetaField { get; }

    /// <summary>The <c>__typename: String!</c> meta-field, available on every composite type.</summary>
    public static FieldDefinition TypeNameMetaField { get; }

    /// <summary>True for the introspection type names (<c>__Schema</c>, <c>__Type</c>, ...).</summary>
    public static bool IsIntrospectionType(INamedType type) =>
        type == Schema || type == Type || type == Field || type == InputValue || type == EnumValue
        || type == Directive || type == TypeKindEnum || type == DirectiveLocationEnum;

    private static EnumType BuildEnum<T>(string name, string description, T[] values, Func<T, string> nameOf, Func<T, string> descriptionOf)
        where T : struct, Enum
    {
        var type = new EnumType(name) { Description = description };
        foreach (var value in values)
        {
            type.AddValue(new EnumValueDefinition(nameOf(value), value) { Description = descriptionOf(value) });
        }

        return type;
    }

    private static string DescriptionOf(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "Indicates this type is a scalar.",
        TypeKind.Object => "Indicates this type is an object. `fields` and `interfaces` are valid fields.",
        TypeKind.Interface => "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.",
        TypeKind.Union => "Indicates this type is a union. `possibleTypes` is a valid field.",
        TypeKind.Enum => "Indicates this type is an enum. `enumValues` is a valid field.",
        TypeKind.InputObject => "Indicates this type is an input object. `inputFields` is a valid field.",
        TypeKind.List => "Indicates this type is a list. `ofType` is a valid field.",
        _ => "Indicates this type is a non-null. `ofType` is a valid field.",
    };

    private static string DescriptionOf(DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "Location adjacent to a query operation.",
        DirectiveLocation.Mutation => "Location adjacent to a mutation operation.",
        DirectiveLocation.Subscription => "Location adjacent to a subscription operation.",
        DirectiveLocation.Field => "Location adjacent to a field.",
        DirectiveLocation.FragmentDefinition => "Location adjacent to a fragment definition.",
        DirectiveLocation.FragmentSpread => "Location adjacent to a fragment spread.",
        DirectiveLocation.InlineFragment => "Location adjacent to an inline fragment.",
        DirectiveLocation.VariableDefinition => "Location adjacent to an operation variable definition.",
        DirectiveLocation.Schema => "Location adjacent to a schema definition.",
        DirectiveLocation.Scalar => "Location adjacent to a scalar definition.",
        DirectiveLocation.Object => "Location adjacent to an object type definition.",
        DirectiveLocation.FieldDefinition => "Location adjacent to a field definition.",
        DirectiveLocation.ArgumentDefinition => "Location adjacent to an argument definition.",
        DirectiveLocation.Interface => "Location adjacent to an interface definition.",
        DirectiveLocation.Union => "Location adjacent to a union definition.",
        DirectiveLocation.Enum => "Location adjacent to an enum definition.",
        DirectiveLocation.EnumValue => "Location adjacent to an enum value definition.",
        DirectiveLocation.InputObject => "Location adjacent to an input object type definition.",
        _ => "Location adjacent to an input object field definition.",
    };

    private static string ToScreamingSnake(TypeKind kind) => kind switch
    {
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.NonNull => "NON_NULL",
        _ => kind.ToString().ToUpperInvariant(),
    };

    internal static string? PrintDefault(InputValueDefinition value) =>
        value.DefaultValue is null ? null : Printer.Print(value.DefaultValue);

    internal static FieldResolver Resolve<TParent>(Func<TParent, object?> read) =>
        context => new ValueTask<object?>(read((TParent)context.Parent!));

    internal static FieldResolver Resolve<TParent>(Func<TParent, IResolverContext, object?> read) =>
        context => new ValueTask<object?>(read((TParent)context.Parent!, context));

    internal static ArgumentDefinition IncludeDeprecated() =>
        new("includeDeprecated", new NonNullType(ScalarType.Boolean)) { DefaultValue = new BooleanValueNode { Value = false } };
}
