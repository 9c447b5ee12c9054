using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Execution.Cost;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.Types;

/// <summary>A field of an object or interface type, with its resolver.</summary>
public sealed class FieldDefinition
{
    private readonly List<ArgumentDefinition> _arguments = [];

    /// <summary>Creates a field.</summary>
    public FieldDefinition(string name, IOutputType type, IEnumerable<ArgumentDefinition>? arguments = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Type = type ?? throw new ArgumentNullException(nameof(type));
        if (arguments is not null)
        {
            _arguments.AddRange(arguments);
        }
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The result type.</summary>
    public IOutputType Type { get; set; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<ArgumentDefinition> Arguments => _arguments;

    /// <summary>The <c>@deprecated</c> reason, or null.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The resolver; null means the default resolver (property or dictionary key of the parent).</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>Estimates the field's cost from its arguments (see <c>SchemaBuilder.BindCost</c>); null uses the cost options' defaults.</summary>
    public FieldCostEstimator? CostEstimator { get; set; }

    /// <summary>The SDL node this came from, if any.</summary>
    public FieldDefinitionNode? AstNode { get; init; }

    /// <summary>What a caller needs to resolve this field (SDL <c>@authorize</c> on the field), or null.</summary>
    public AuthorizationRequirement? Authorization { get; set; }

    /// <summary>The argument with the given name, or null.</summary>
    public ArgumentDefinition? GetArgument(string name)
    {
        foreach (var argument in _arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>Adds an argument while the schema is being built.</summary>
    public void AddArgument(ArgumentDefinition argument) => _arguments.Add(argument);

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Type;
}
