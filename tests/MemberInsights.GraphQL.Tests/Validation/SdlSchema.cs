using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Types.Scalars;

namespace MemberInsights.GraphQL.Tests.Validation;

/// <summary>
/// Builds a schema model from SDL for validation tests (types, fields, arguments, defaults,
/// interfaces, unions, enums, input objects with @oneOf, directive definitions, schema roots).
/// Resolvers and custom scalar coercion are not needed to validate documents.
/// </summary>
internal static class SdlSchema
{
    public static Schema Build(string sdl)
    {
        var document = Parser.Parse(sdl);
        var types = new Dictionary<string, INamedType>(StringComparer.Ordinal);
        foreach (var scalar in ScalarType.Specified)
        {
            types[scalar.Name] = scalar;
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is TypeDefinitionNode typeDefinition)
            {
                types[typeDefinition.Name.Value] = Create(typeDefinition);
            }
        }

        IType Resolve(TypeNode node) => node switch
        {
            NonNullTypeNode nonNull => new NonNullType(Resolve(nonNull.Type)),
            ListTypeNode list => new ListType(Resolve(list.Type)),
            NamedTypeNode named => types[named.Name.Value],
            _ => throw new ArgumentOutOfRangeException(nameof(node)),
        };

        var directives = new List<DirectiveDefinition>(SpecifiedDirectives.All);
        ObjectType? query = null, mutation = null, subscription = null;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case ObjectTypeDefinitionNode node:
                    Fill((ObjectType)types[node.Name.Value], node.Interfaces, node.Fields, types, Resolve);
                    break;
                case InterfaceTypeDefinitionNode node:
                    Fill((InterfaceType)types[node.Name.Value], node.Interfaces, node.Fields, types, Resolve);
                    break;
                case UnionTypeDefinitionNode node:
                    foreach (var member in node.Types)
                    {
                        ((UnionType)types[node.Name.Value]).AddType((ObjectType)types[member.Name.Value]);
                    }

                    break;
                case InputObjectTypeDefinitionNode node:
                    var input = (InputObjectType)types[node.Name.Value];
                    foreach (var field in node.Fields)
                    {
                        input.AddField(new InputFieldDefinition(field.Name.Value, (IInputType)Resolve(field.Type)) { DefaultValue = field.DefaultValue });
                    }

                    break;
                case DirectiveDefinitionNode node:
                    var locations = new List<DirectiveLocation>();
                    foreach (var location in node.Locations)
                    {
                        DirectiveLocations.TryParse(location.Value, out var parsed);
                        locations.Add(parsed);
                    }

                    directives.Add(new DirectiveDefinition(node.Name.Value, locations, Arguments(node.Arguments, Resolve)) { IsRepeatable = node.Repeatable });
                    break;
                case SchemaDefinitionNode node:
                    foreach (var root in node.OperationTypes)
                    {
                        var type = (ObjectType)types[root.Type.Name.Value];
                        _ = root.Operation switch
                        {
                            OperationType.Query => query = type,
                            OperationType.Mutation => mutation = type,
                            _ => subscription = type,
                        };
                    }

                    break;
            }
        }

        query ??= types.GetValueOrDefault("Query") as ObjectType;
        mutation ??= types.GetValueOrDefault("Mutation") as ObjectType;
        subscription ??= types.GetValueOrDefault("Subscription") as ObjectType;
        var named = new List<INamedType>();
        foreach (var type in types.Values)
        {
            if (type is not ScalarType { IsSpecified: true })
            {
                named.Add(type);
            }
        }

        return new Schema(query, mutation, subscription, named, directives);
    }

    private static INamedType Create(TypeDefinitionNode node) => node switch
    {
        ObjectTypeDefinitionNode => new ObjectType(node.Name.Value),
        InterfaceTypeDefinitionNode => new InterfaceType(node.Name.Value),
        UnionTypeDefinitionNode => new UnionType(node.Name.Value),
        EnumTypeDefinitionNode enumNode => CreateEnum(enumNode),
        InputObjectTypeDefinitionNode inputNode => new InputObjectType(inputNode.Name.Value) { IsOneOf = HasDirective(inputNode, "oneOf") },
        ScalarTypeDefinitionNode => new OpaqueScalar(node.Name.Value),
        _ => throw new NotSupportedException(node.Kind.ToString()),
    };

    private static EnumType CreateEnum(EnumTypeDefinitionNode node)
    {
        var type = new EnumType(node.Name.Value);
        foreach (var value in node.Values)
        {
            type.AddValue(new EnumValueDefinition(value.Name.Value));
        }

        return type;
    }

    private static void Fill(
        ComplexOutputType type, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<FieldDefinitionNode> fields,
        Dictionary<string, INamedType> types, Func<TypeNode, IType> resolve)
    {
        foreach (var implemented in interfaces)
        {
            type.AddInterface((InterfaceType)types[implemented.Name.Value]);
        }

        foreach (var field in fields)
        {
            type.AddField(new FieldDefinition(field.Name.Value, (IOutputType)resolve(field.Type), Arguments(field.Arguments, resolve)));
        }
    }

    private static List<ArgumentDefinition> Arguments(IReadOnlyList<InputValueDefinitionNode> nodes, Func<TypeNode, IType> resolve)
    {
        var arguments = new List<ArgumentDefinition>(nodes.Count);
        foreach (var node in nodes)
        {
            arguments.Add(new ArgumentDefinition(node.Name.Value, (IInputType)resolve(node.Type)) { DefaultValue = node.DefaultValue });
        }

        return arguments;
    }

    private static bool HasDirective(IHasDirectives node, string name)
    {
        foreach (var directive in node.Directives)
        {
            if (directive.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A custom scalar that accepts any literal or value unchanged.</summary>
    private sealed class OpaqueScalar(string name) : ScalarType(name)
    {
        public override object? Serialize(object? value) => value;

        public override object? ParseValue(object? value) => value;

        public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) => valueNode;
    }
}
