using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Execution.Cost;

/// <summary>
/// The estimated cost of one field, in the terms of the IBM GraphQL cost specification: the field's own
/// <see cref="Weight"/> (its <c>@cost</c>) and, for a field whose selection repeats, the number of
/// times it does (<see cref="ListSize"/>, its <c>@listSize</c>).
/// </summary>
/// <param name="Weight">The work of the field itself, e.g. the rows or points a query computes.</param>
/// <param name="ListSize">
/// How many times the field's selection is evaluated; null keeps the default (the size argument of a
/// list field, or the default list size, or 1 for a field that does not return a list).
/// </param>
public readonly record struct FieldCost(long Weight, long? ListSize = null);

/// <summary>Estimates the cost of one field from its coerced arguments (bound with <c>SchemaBuilder.BindCost</c>).</summary>
public delegate FieldCost FieldCostEstimator(FieldCostContext context);

/// <summary>What a <see cref="FieldCostEstimator"/> sees: the field and its arguments with the request's variables applied.</summary>
public sealed class FieldCostContext
{
    internal FieldCostContext(string parentTypeName, FieldDefinition field, IReadOnlyDictionary<string, object?> arguments)
    {
        ParentTypeName = parentTypeName;
        Field = field;
        Arguments = arguments;
    }

    /// <summary>The name of the type the field is selected on.</summary>
    public string ParentTypeName { get; }

    /// <summary>The field.</summary>
    public FieldDefinition Field { get; }

    /// <summary>The coerced arguments (defaults applied; variables replaced by their values).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The argument converted like a resolver's <c>Argument&lt;T&gt;</c>; default when absent.</summary>
    public T? Argument<T>(string name) =>
        Arguments.TryGetValue(name, out var value) ? ArgumentConverter.Convert<T>(value) : default;
}
