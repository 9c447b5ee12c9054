using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Types;

/// <summary>An argument or input field: name, input type, optional default and deprecation.</summary>
public abstract class InputValueDefinition
{
    private object? _coercedDefault;
    private bool _hasCoercedDefault;

    /// <summary>Creates the definition.</summary>
    protected InputValueDefinition(string name, IInputType type)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Type = type ?? throw new ArgumentNullException(nameof(type));
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The input type.</summary>
    public IInputType Type { get; set; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The default value as a literal, or null when there is none.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <summary>True when a default value is declared.</summary>
    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>The <c>@deprecated</c> reason, or null.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The SDL node this came from, if any.</summary>
    public InputValueDefinitionNode? AstNode { get; init; }

    /// <summary>True for arguments and input fields that are non-null without a default (must be provided).</summary>
    public bool IsRequired => Type is NonNullType && DefaultValue is null;

    /// <summary>The default value coerced once by execution and cached here.</summary>
    internal object? GetCoercedDefault(Func<InputValueDefinition, object?> coerce)
    {
        if (!_hasCoercedDefault)
        {
            _coercedDefault = coerce(this);
            _hasCoercedDefault = true;
        }

        return _coercedDefault;
    }

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Type;
}

/// <summary>An argument of a field or directive.</summary>
public sealed class ArgumentDefinition : InputValueDefinition
{
    /// <summary>Creates an argument.</summary>
    public ArgumentDefinition(string name, IInputType type)
        : base(name, type)
    {
    }
}

/// <summary>A field of an input object type.</summary>
public sealed class InputFieldDefinition : InputValueDefinition
{
    /// <summary>Creates an input field.</summary>
    public InputFieldDefinition(string name, IInputType type)
        : base(name, type)
    {
    }
}
