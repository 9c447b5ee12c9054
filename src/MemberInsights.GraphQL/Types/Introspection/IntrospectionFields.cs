using MemberInsights.GraphQL.Types.Scalars;
using MemberInsights.GraphQL.Execution;
using static MemberInsights.GraphQL.Types.Introspection.IntrospectionTypes;

namespace MemberInsights.GraphQL.Types.Introspection;

/// <summary>Defines the fields and resolvers of the introspection object types.</summary>
internal static class IntrospectionFields
{
    public static void Define(
        ObjectType schema, ObjectType type, ObjectType field, ObjectType inputValue, ObjectType enumValue,
        ObjectType directive, EnumType typeKind, EnumType directiveLocation)
    {
        var str = ScalarType.String;
        var nonNullString = new NonNullType(str);
        var nonNullBoolean = new NonNullType(ScalarType.Boolean);
        var nonNullType = new NonNullType(type);
        IOutputType ListOf(ObjectType item) => new ListType(new NonNullType(item));

        schema.AddField(new FieldDefinition("description", str) { Resolver = Resolve<Schema>(s => s.Description) });
        schema.AddField(new FieldDefinition("types", new NonNullType(ListOf(type)))
        {
            Description = "A list of all types supported by this server.",
            Resolver = Resolve<Schema>(s => s.Types),
        });
        schema.AddField(new FieldDefinition("queryType", nonNullType) { Description = "The type that query operations will be rooted at.", Resolver = Resolve<Schema>(s => s.QueryType) });
        schema.AddField(new FieldDefinition("mutationType", type) { Description = "If this server supports mutation, the type that mutation operations will be rooted at.", Resolver = Resolve<Schema>(s => s.MutationType) });
        schema.AddField(new FieldDefinition("subscriptionType", type) { Description = "If this server supports subscription, the type that subscription operations will be rooted at.", Resolver = Resolve<Schema>(s => s.SubscriptionType) });
        // includeDeprecated, isDeprecated and deprecationReason on directives are graphql-js 17's experimental
        // directive deprecation, sent by getIntrospectionQuery({ experimentalDirectiveDeprecation: true }). The SDL
        // cannot deprecate a directive here, so every directive is listed and none is deprecated.
        schema.AddField(new FieldDefinition("directives", new NonNullType(ListOf(directive)), [IncludeDeprecated()])
        {
            Description = "A list of all directives supported by this server.",
            Resolver = Resolve<Schema>(s => s.Directives),
        });

        type.AddField(new FieldDefinition("kind", new NonNullType(typeKind)) { Resolver = Resolve<IType>(t => t.Kind) });
        type.AddField(new FieldDefinition("name", str) { Resolver = Resolve<IType>(t => (t as INamedType)?.Name) });
        type.AddField(new FieldDefinition("description", str) { Resolver = Resolve<IType>(t => (t as INamedType)?.Description) });
        type.AddField(new FieldDefinition("specifiedByURL", str) { Resolver = Resolve<IType>(t => (t as ScalarType)?.SpecifiedByUrl) });
        type.AddField(new FieldDefinition("fields", ListOf(field), [IncludeDeprecated()])
        {
            Resolver = Resolve<IType>((t, c) => t is IComplexOutputType complex
                ? Filter(complex.Fields, c, f => f.IsDeprecated)
                : null),
        });
        type.AddField(new FieldDefinition("interfaces", ListOf(type)) { Resolver = Resolve<IType>(t => (t as IComplexOutputType)?.Interfaces) });
        type.AddField(new FieldDefinition("possibleTypes", ListOf(type))
        {
            Resolver = Resolve<IType>((t, c) => t is IAbstractType abstractType ? c.Schema.GetPossibleTypes(abstractType) : null),
        });
        type.AddField(new FieldDefinition("enumValues", ListOf(enumValue), [IncludeDeprecated()])
        {
            Resolver = Resolve<IType>((t, c) => t is EnumType e ? Filter(e.Values, c, v => v.IsDeprecated) : null),
        });
        type.AddField(new FieldDefinition("inputFields", ListOf(inputValue), [IncludeDeprecated()])
        {
            Resolver = Resolve<IType>((t, c) => t is InputObjectType i ? Filter(i.Fields, c, f => f.IsDeprecated) : null),
        });
        type.AddField(new FieldDefinition("ofType", type)
        {
            Resolver = Resolve<IType>(t => t switch { ListType l => l.OfType, NonNullType n => n.OfType, _ => null }),
        });
        type.AddField(new FieldDefinition("isOneOf", ScalarType.Boolean) { Resolver = Resolve<IType>(t => t is InputObjectType i ? i.IsOneOf : null) });

        field.AddField(new FieldDefinition("name", nonNullString) { Resolver = Resolve<FieldDefinition>(f => f.Name) });
        field.AddField(new FieldDefinition("description", str) { Resolver = Resolve<FieldDefinition>(f => f.Description) });
        field.AddField(new FieldDefinition("args", new NonNullType(ListOf(inputValue)), [IncludeDeprecated()])
        {
            Resolver = Resolve<FieldDefinition>((f, c) => Filter(f.Arguments, c, a => a.IsDeprecated)),
        });
        field.AddField(new FieldDefinition("type", nonNullType) { Resolver = Resolve<FieldDefinition>(f => f.Type) });
        field.AddField(new FieldDefinition("isDeprecated", nonNullBoolean) { Resolver = Resolve<FieldDefinition>(f => f.IsDeprecated) });
        field.AddField(new FieldDefinition("deprecationReason", str) { Resolver = Resolve<FieldDefinition>(f => f.DeprecationReason) });

        inputValue.AddField(new FieldDefinition("name", nonNullString) { Resolver = Resolve<InputValueDefinition>(v => v.Name) });
        inputValue.AddField(new FieldDefinition("description", str) { Resolver = Resolve<InputValueDefinition>(v => v.Description) });
        inputValue.AddField(new FieldDefinition("type", nonNullType) { Resolver = Resolve<InputValueDefinition>(v => v.Type) });
        inputValue.AddField(new FieldDefinition("defaultValue", str)
        {
            Description = "A GraphQL-formatted string representing the default value for this input value.",
            Resolver = Resolve<InputValueDefinition>(PrintDefault),
        });
        inputValue.AddField(new FieldDefinition("isDeprecated", nonNullBoolean) { Resolver = Resolve<InputValueDefinition>(v => v.IsDeprecated) });
        inputValue.AddField(new FieldDefinition("deprecationReason", str) { Resolver = Resolve<InputValueDefinition>(v => v.DeprecationReason) });

        enumValue.AddField(new FieldDefinition("name", nonNullString) { Resolver = Resolve<EnumValueDefinition>(v => v.Name) });
        enumValue.AddField(new FieldDefinition("description", str) { Resolver = Resolve<EnumValueDefinition>(v => v.Description) });
        enumValue.AddField(new FieldDefinition("isDeprecated", nonNullBoolean) { Resolver = Resolve<EnumValueDefinition>(v => v.IsDeprecated) });
        enumValue.AddField(new FieldDefinition("deprecationReason", str) { Resolver = Resolve<EnumValueDefinition>(v => v.DeprecationReason) });

        directive.AddField(new FieldDefinition("name", nonNullString) { Resolver = Resolve<DirectiveDefinition>(d => d.Name) });
        directive.AddField(new FieldDefinition("description", str) { Resolver = Resolve<DirectiveDefinition>(d => d.Description) });
        directive.AddField(new FieldDefinition("isRepeatable", nonNullBoolean) { Resolver = Resolve<DirectiveDefinition>(d => d.IsRepeatable) });
        directive.AddField(new FieldDefinition("locations", new NonNullType(new ListType(new NonNullType(directiveLocation))))
        {
            Resolver = Resolve<DirectiveDefinition>(d => d.Locations),
        });
        directive.AddField(new FieldDefinition("args", new NonNullType(ListOf(inputValue)), [IncludeDeprecated()])
        {
            Resolver = Resolve<DirectiveDefinition>((d, c) => Filter(d.Arguments, c, a => a.IsDeprecated)),
        });
        directive.AddField(new FieldDefinition("isDeprecated", nonNullBoolean) { Resolver = Resolve<DirectiveDefinition>(_ => false) });
        directive.AddField(new FieldDefinition("deprecationReason", str) { Resolver = Resolve<DirectiveDefinition>(_ => null) });
    }

    private static IReadOnlyList<T> Filter<T>(IReadOnlyList<T> items, IResolverContext context, Func<T, bool> isDeprecated)
    {
        if (context.Argument<bool>("includeDeprecated"))
        {
            return items;
        }

        var kept = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (!isDeprecated(item))
            {
                kept.Add(item);
            }
        }

        return kept;
    }
}
