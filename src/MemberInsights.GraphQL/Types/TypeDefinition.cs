using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Types;

/// <summary>The common part of every named type: name, description and source nodes.</summary>
public abstract class TypeDefinition : INamedType
{
    /// <summary>Creates the type.</summary>
    protected TypeDefinition(string name) => Name = name ?? throw new ArgumentNullException(nameof(name));

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string? Description { get; set; }

    /// <inheritdoc />
    public abstract TypeKind Kind { get; }

    /// <summary>The SDL definition this came from, if any.</summary>
    public TypeDefinitionNode? AstNode { get; set; }

    /// <summary>The SDL extensions applied to this type.</summary>
    public IList<TypeExtensionNode> ExtensionAstNodes { get; } = [];

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The shared part of object and interface types: fields and implemented interfaces.</summary>
public abstract class ComplexOutputType : TypeDefinition, IComplexOutputType
{
    private readonly List<FieldDefinition> _fields = [];
    private readonly Dictionary<string, FieldDefinition> _fieldsByName = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = [];

    /// <summary>Creates the type.</summary>
    protected ComplexOutputType(string name)
        : base(name)
    {
    }

    /// <inheritdoc />
    public IReadOnlyList<FieldDefinition> Fields => _fields;

    /// <inheritdoc />
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    /// <inheritdoc />
    public FieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    /// <summary>Adds a field while the schema is being built; a duplicate name throws.</summary>
    public void AddField(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!_fieldsByName.TryAdd(field.Name, field))
        {
            throw new SchemaException($"Field \"{Name}.{field.Name}\" can only be defined once.");
        }

        _fields.Add(field);
    }

    /// <summary>Adds an implemented interface while the schema is being built.</summary>
    public void AddInterface(InterfaceType interfaceType)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        _interfaces.Add(interfaceType);
    }
}

/// <summary>An object type.</summary>
public sealed class ObjectType : ComplexOutputType
{
    /// <summary>Creates an object type.</summary>
    public ObjectType(string name)
        : base(name)
    {
    }

    /// <summary>What a caller needs to resolve any field of this type (SDL <c>@authorize</c> on the type), or null.</summary>
    public AuthorizationRequirement? Authorization { get; set; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional test deciding whether a value belongs to this type (used for abstract type resolution).</summary>
    public Func<object, bool>? IsTypeOf { get; set; }
}

/// <summary>An interface type.</summary>
public sealed class InterfaceType : ComplexOutputType, IAbstractType
{
    /// <summary>Creates an interface type.</summary>
    public InterfaceType(string name)
        : base(name)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;

    /// <inheritdoc />
    public TypeResolver? ResolveType { get; set; }
}

/// <summary>A union type.</summary>
public sealed class UnionType : TypeDefinition, IAbstractType
{
    private readonly List<ObjectType> _types = [];

    /// <summary>Creates a union type.</summary>
    public UnionType(string name)
        : base(name)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types.</summary>
    public IReadOnlyList<ObjectType> Types => _types;

    /// <inheritdoc />
    public TypeResolver? ResolveType { get; set; }

    /// <summary>Adds a member type while the schema is being built.</summary>
    public void AddType(ObjectType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _types.Add(type);
    }
}

/// <summary>An input object type.</summary>
public sealed class InputObjectType : TypeDefinition, IInputType
{
    private readonly List<InputFieldDefinition> _fields = [];
    private readonly Dictionary<string, InputFieldDefinition> _fieldsByName = new(StringComparer.Ordinal);

    /// <summary>Creates an input object type.</summary>
    public InputObjectType(string name)
        : base(name)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The input fields in definition order.</summary>
    public IReadOnlyList<InputFieldDefinition> Fields => _fields;

    /// <summary>True when declared <c>@oneOf</c>: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; set; }

    /// <summary>The input field with the given name, or null.</summary>
    public InputFieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    /// <summary>Adds an input field while the schema is being built; a duplicate name throws.</summary>
    public void AddField(InputFieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!_fieldsByName.TryAdd(field.Name, field))
        {
            throw new SchemaException($"Input field \"{Name}.{field.Name}\" can only be defined once.");
        }

        _fields.Add(field);
    }
}

/// <summary>Thrown when a schema cannot be built; the message lists every problem found.</summary>
public sealed class SchemaException : Exception
{
    /// <summary>Creates the exception with one message.</summary>
    public SchemaException(string message)
        : base(message) => Errors = [message];

    /// <summary>Creates the exception listing several problems.</summary>
    public SchemaException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors ?? [])) => Errors = errors ?? [];

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Errors { get; }
}
