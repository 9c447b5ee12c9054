using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Types;

/// <summary>One value of an enum type.</summary>
public sealed class EnumValueDefinition
{
    /// <summary>Creates a value; its runtime value defaults to its name.</summary>
    public EnumValueDefinition(string name, object? value = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Value = value ?? name;
    }

    /// <summary>The value name as written in GraphQL.</summary>
    public string Name { get; }

    /// <summary>The runtime value resolvers receive as input and may return as output.</summary>
    public object Value { get; set; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The <c>@deprecated</c> reason, or null.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The SDL node this came from, if any.</summary>
    public EnumValueDefinitionNode? AstNode { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
