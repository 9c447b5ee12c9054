using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types.Scalars;

namespace MemberInsights.GraphQL.Types;

/// <summary>Turns parsed SDL documents into the type model (graphql-js <c>buildASTSchema</c> / <c>extendSchema</c>).</summary>
internal sealed partial class SdlTypeFactory
{
    private readonly IReadOnlyDictionary<string, ScalarType> _registeredScalars;
    private readonly List<string> _errors;
    private readonly Dictionary<string, TypeDefinitionNode> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, INamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinitionNode> _directiveDefinitions = new(StringComparer.Ordinal);
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly List<OperationTypeDefinitionNode> _redundantOperationTypes = [];
    private SchemaDefinitionNode? _schemaDefinition;

    public SdlTypeFactory(IReadOnlyDictionary<string, ScalarType> registeredScalars, List<string> errors)
    {
        _registeredScalars = registeredScalars;
        _errors = errors;
    }

    public Schema? Create(IReadOnlyList<DocumentNode> documents)
    {
        foreach (var document in documents)
        {
            Index(document);
        }

        foreach (var (name, definition) in _definitions)
        {
            _types[name] = CreateShell(definition);
        }

        foreach (var (name, extensions) in _extensions)
        {
            CheckExtensionTarget(name, extensions[0]);
        }

        foreach (var (name, definition) in _definitions)
        {
            Fill((TypeDefinition)_types[name], definition, _extensions.GetValueOrDefault(name) ?? []);
        }

        // Declared directives first, then the specified ones, in graphql-js's buildASTSchema order (introspection shows it).
        var directives = new List<DirectiveDefinition>();
        foreach (var node in _directiveDefinitions.Values)
        {
            directives.Add(CreateDirective(node));
        }

        directives.AddRange(SpecifiedDirectives.All);
        new SdlDirectiveUsage(directives, _errors).Check(documents);

        var query = RootType(OperationType.Query, "Query");
        var mutation = RootType(OperationType.Mutation, "Mutation");
        var subscription = RootType(OperationType.Subscription, "Subscription");
        if (query is null && _errors.Count == 0)
        {
            _errors.Add("Query root type must be provided.");
        }

        if (_errors.Count > 0)
        {
            return null;
        }

        return new Schema(query, mutation, subscription, _types.Values, directives, _schemaDefinition?.Description?.Value)
        {
            AstNode = _schemaDefinition,
            ExtensionAstNodes = _schemaExtensions,
        };
    }

    private void Index(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type when _definitions.ContainsKey(type.Name.Value) || IsSpecifiedScalarRedefinition(type):
                    if (!IsSpecifiedScalarRedefinition(type))
                    {
                        _errors.Add($"There can be only one type named \"{type.Name.Value}\".");
                    }

                    break;
                case TypeDefinitionNode type:
                    _definitions.Add(type.Name.Value, type);
                    break;
                case TypeExtensionNode extension:
                    if (!_extensions.TryGetValue(extension.Name.Value, out var list))
                    {
                        _extensions[extension.Name.Value] = list = [];
                    }

                    list.Add(extension);
                    break;
                case SchemaDefinitionNode schema:
                    if (_schemaDefinition is not null)
                    {
                        _errors.Add("Must provide only one schema definition.");
                        _redundantOperationTypes.AddRange(schema.OperationTypes);
                    }
                    else
                    {
                        _schemaDefinition = schema;
                    }

                    break;
                case SchemaExtensionNode schemaExtension:
                    _schemaExtensions.Add(schemaExtension);
                    break;
                case DirectiveDefinitionNode directive:
                    if (SpecifiedDirectives.All.Any(d => d.Name == directive.Name.Value))
                    {
                        _errors.Add($"Directive \"@{directive.Name.Value}\" already exists in the schema. It cannot be redefined.");
                    }
                    else if (!_directiveDefinitions.TryAdd(directive.Name.Value, directive))
                    {
                        _errors.Add($"There can be only one directive named \"@{directive.Name.Value}\".");
                    }

                    break;
                default:
                    _errors.Add($"Schema documents may only contain type system definitions, found {definition.Kind} at {definition.Location.Line}:{definition.Location.Column}.");
                    break;
            }
        }
    }

    private static bool IsSpecifiedScalarRedefinition(TypeDefinitionNode type) =>
        type is ScalarTypeDefinitionNode && ScalarType.Specified.Any(s => s.Name == type.Name.Value);

    private INamedType CreateShell(TypeDefinitionNode definition) => definition switch
    {
        ScalarTypeDefinitionNode n => _registeredScalars.GetValueOrDefault(n.Name.Value) ?? new PassThroughScalar(n.Name.Value),
        ObjectTypeDefinitionNode n => new ObjectType(n.Name.Value),
        InterfaceTypeDefinitionNode n => new InterfaceType(n.Name.Value),
        UnionTypeDefinitionNode n => new UnionType(n.Name.Value),
        EnumTypeDefinitionNode n => new EnumType(n.Name.Value),
        InputObjectTypeDefinitionNode n => new InputObjectType(n.Name.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(definition)),
    };

    private void CheckExtensionTarget(string name, TypeExtensionNode extension)
    {
        if (!_types.TryGetValue(name, out var type))
        {
            _errors.Add(ScalarType.Specified.Any(s => s.Name == name)
                ? $"Cannot extend type \"{name}\" because it is a specified scalar."
                : $"Cannot extend type \"{name}\" because it is not defined.");
            return;
        }

        var expected = extension switch
        {
            ScalarTypeExtensionNode => TypeKind.Scalar,
            ObjectTypeExtensionNode => TypeKind.Object,
            InterfaceTypeExtensionNode => TypeKind.Interface,
            UnionTypeExtensionNode => TypeKind.Union,
            EnumTypeExtensionNode => TypeKind.Enum,
            _ => TypeKind.InputObject,
        };
        if (type.Kind != expected)
        {
            var kind = expected switch
            {
                TypeKind.Object => "object",
                TypeKind.InputObject => "input object",
                _ => expected.ToString().ToLowerInvariant(),
            };
            _errors.Add($"Cannot extend non-{kind} type \"{name}\".");
        }
    }

    private DirectiveDefinition CreateDirective(DirectiveDefinitionNode node)
    {
        var locations = new List<DirectiveLocation>();
        foreach (var name in node.Locations)
        {
            if (DirectiveLocations.TryParse(name.Value, out var location))
            {
                locations.Add(location);
            }
        }

        var directive = new DirectiveDefinition(node.Name.Value, locations)
        {
            Description = node.Description?.Value,
            IsRepeatable = node.Repeatable,
            AstNode = node,
        };
        foreach (var argument in node.Arguments)
        {
            directive.AddArgument(new ArgumentDefinition(argument.Name.Value, InputType(argument, $"@{node.Name.Value}({argument.Name.Value}:)"))
            {
                Description = argument.Description?.Value,
                DefaultValue = argument.DefaultValue,
                DeprecationReason = DeprecationReason(argument.Directives),
                AstNode = argument,
            });
        }

        return directive;
    }

    private IInputType InputType(InputValueDefinitionNode node, string coordinate)
    {
        var type = ResolveType(node.Type);
        if (type is not null && !TypePredicates.IsInputType(type))
        {
            _errors.Add($"The type of {coordinate} must be Input Type but got: {type}.");
            type = null;
        }

        return (IInputType?)type ?? ScalarType.String;
    }

    private ObjectType? RootType(OperationType operation, string defaultName)
    {
        NamedTypeNode? named = null;
        var operations = (_schemaDefinition?.OperationTypes ?? []).Concat(_redundantOperationTypes).Concat(_schemaExtensions.SelectMany(e => e.OperationTypes));
        foreach (var operationType in operations)
        {
            if (operationType.Operation == operation)
            {
                if (named is not null)
                {
                    _errors.Add($"There can be only one {operation.ToString().ToLowerInvariant()} type in schema.");
                }

                named = operationType.Type;
            }
        }

        if (named is null && (_schemaDefinition is not null || _schemaExtensions.Count > 0))
        {
            return null;
        }

        var type = named is null ? _types.GetValueOrDefault(defaultName) : ResolveNamed(named);
        if (type is null || type is ObjectType)
        {
            return (ObjectType?)type;
        }

        _errors.Add($"{operation} root type must be Object type{(operation == OperationType.Query ? string.Empty : " if provided")}, it cannot be {type.Name}.");
        return null;
    }

    private IType? ResolveType(TypeNode node) => node switch
    {
        NamedTypeNode named => ResolveNamed(named),
        ListTypeNode list => ResolveType(list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => ResolveType(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    private INamedType? ResolveNamed(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        foreach (var scalar in ScalarType.Specified)
        {
            if (scalar.Name == name)
            {
                return scalar;
            }
        }

        _errors.Add($"Unknown type \"{name}\".");
        return null;
    }

    private static DirectiveNode? FindDirective(IHasDirectives definition, List<TypeExtensionNode> extensions, string name) =>
        definition.Directives.FirstOrDefault(d => d.Name.Value == name)
        ?? extensions.SelectMany(e => e.Directives).FirstOrDefault(d => d.Name.Value == name);

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == "deprecated")
            {
                return StringArgument(directive, "reason") ?? SpecifiedDirectives.DefaultDeprecationReason;
            }
        }

        return null;
    }

    private static string? StringArgument(DirectiveNode directive, string name) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value is StringValueNode value ? value.Value : null;
}
