using MemberInsights.GraphQL.Types.Scalars;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types.Introspection;

namespace MemberInsights.GraphQL.Types;

/// <summary>The implementations of an interface: object types and interfaces that implement it.</summary>
/// <param name="Objects">Object types implementing the interface.</param>
/// <param name="Interfaces">Interfaces implementing the interface.</param>
public sealed record InterfaceImplementations(IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces);

/// <summary>
/// A GraphQL schema: root types, every named type reachable from them (plus the introspection
/// types and any extra types given), and the directives. Build one with <c>SchemaBuilder</c> or
/// this constructor (the builder also runs the type-system validation rules).
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, INamedType> _typesByName = new(StringComparer.Ordinal);
    private readonly List<INamedType> _types = [];
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<InterfaceType, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> _implementations = [];
    private readonly Dictionary<IAbstractType, HashSet<ObjectType>> _possibleTypeSets = [];

    /// <summary>Creates a schema; types are collected from the roots, <paramref name="types"/> and the directives.</summary>
    public Schema(
        ObjectType? queryType,
        ObjectType? mutationType = null,
        ObjectType? subscriptionType = null,
        IEnumerable<INamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Description = description;
        Directives = directives is null ? SpecifiedDirectives.All : [.. directives];
        foreach (var directive in Directives)
        {
            _directivesByName.TryAdd(directive.Name, directive);
        }

        var given = types is null ? [] : types.ToList();
        foreach (var type in given)
        {
            Add(type);
        }

        // graphql-js order, which introspection shows: each given type in turn moves to the end,
        // followed by the types it is the first to reference that were not given (specified scalars).
        foreach (var type in given)
        {
            _types.Remove(type);
            _types.Add(type);
            CollectChildren(type);
        }

        Collect(queryType);
        Collect(mutationType);
        Collect(subscriptionType);

        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(TypePredicates.NamedType(argument.Type));
            }
        }

        Collect(IntrospectionTypes.Schema);
        IndexImplementations();
    }

    /// <summary>The query root type.</summary>
    public ObjectType? QueryType { get; }

    /// <summary>The mutation root type, or null.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The subscription root type, or null.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>The schema description, or null.</summary>
    public string? Description { get; }

    /// <summary>Every named type in collection order (roots first), including introspection types.</summary>
    public IReadOnlyList<INamedType> Types => _types;

    /// <summary>The directives, specified ones included.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The SDL schema definition, if any.</summary>
    public SchemaDefinitionNode? AstNode { get; init; }

    /// <summary>The SDL schema extensions, if any.</summary>
    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    /// <summary>The named type with the given name, or null.</summary>
    public INamedType? GetType(string name) => _typesByName.GetValueOrDefault(name);

    /// <summary>The directive with the given name (without <c>@</c>), or null.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    /// <summary>The root type for an operation type, or null when the schema has none.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of an abstract type can be: union members or interface implementations.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(IAbstractType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType @interface => GetImplementations(@interface).Objects,
        _ => [],
    };

    /// <summary>The object types and interfaces implementing an interface.</summary>
    public InterfaceImplementations GetImplementations(InterfaceType interfaceType)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        return _implementations.TryGetValue(interfaceType, out var found)
            ? new InterfaceImplementations(found.Objects, found.Interfaces)
            : new InterfaceImplementations([], []);
    }

    /// <summary>True when <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(IAbstractType abstractType, ICompositeType maybeSubType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        if (maybeSubType is InterfaceType @interface)
        {
            return abstractType is InterfaceType target
                && _implementations.TryGetValue(target, out var found)
                && found.Interfaces.Contains(@interface);
        }

        if (maybeSubType is not ObjectType objectType)
        {
            return false;
        }

        HashSet<ObjectType>? set;
        lock (_possibleTypeSets)
        {
            if (!_possibleTypeSets.TryGetValue(abstractType, out set))
            {
                set = [.. GetPossibleTypes(abstractType)];
                _possibleTypeSets[abstractType] = set;
            }
        }

        return set.Contains(objectType);
    }

    private bool Add(INamedType type)
    {
        if (_typesByName.TryGetValue(type.Name, out var existing))
        {
            if (!ReferenceEquals(existing, type))
            {
                throw new SchemaException(
                    $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }

            return false;
        }

        _typesByName.Add(type.Name, type);
        _types.Add(type);
        return true;
    }

    private void Collect(INamedType? type)
    {
        if (type is not null && Add(type))
        {
            CollectChildren(type);
        }
    }

    private void CollectChildren(INamedType type)
    {
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member);
                }

                break;
            case ComplexOutputType complex:
                foreach (var @interface in complex.Interfaces)
                {
                    Collect(@interface);
                }

                foreach (var field in complex.Fields)
                {
                    Collect(TypePredicates.NamedType(field.Type));
                    foreach (var argument in field.Arguments)
                    {
                        Collect(TypePredicates.NamedType(argument.Type));
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(TypePredicates.NamedType(field.Type));
                }

                break;
        }
    }

    private void IndexImplementations()
    {
        foreach (var type in _types)
        {
            if (type is InterfaceType declared && !_implementations.ContainsKey(declared))
            {
                _implementations[declared] = ([], []);
            }

            if (type is not ComplexOutputType complex)
            {
                continue;
            }

            foreach (var @interface in complex.Interfaces)
            {
                if (!_implementations.TryGetValue(@interface, out var lists))
                {
                    lists = ([], []);
                    _implementations[@interface] = lists;
                }

                if (complex is ObjectType objectType)
                {
                    lists.Objects.Add(objectType);
                }
                else
                {
                    lists.Interfaces.Add((InterfaceType)complex);
                }
            }
        }
    }
}
