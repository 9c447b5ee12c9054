namespace MemberInsights.GraphQL.Execution.Cost;

/// <summary>
/// How an operation's cost is estimated (see <see cref="OperationCostAnalyzer"/>): a field costs its
/// weight — <see cref="FieldCost"/> for objects, <see cref="LeafFieldCost"/> for scalars and enums, a
/// configured weight, or what its bound <see cref="FieldCostEstimator"/> says — plus the cost of its
/// selection times its list size.
/// </summary>
public sealed class CostOptions
{
    /// <summary>The shared defaults: objects cost 1, leaves 0, lists count 10 items.</summary>
    public static CostOptions Default { get; } = new();

    /// <summary>The weight of a field that returns an object, interface or union.</summary>
    public int FieldCost { get; init; } = 1;

    /// <summary>The weight of a field that returns a scalar or enum.</summary>
    public int LeafFieldCost { get; init; }

    /// <summary>The assumed number of items of a list field without a size argument.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>The arguments whose integer value gives a list field's size (the IBM spec's slicing arguments).</summary>
    public IReadOnlyList<string> ListSizeArguments { get; init; } = ["first", "last", "limit"];

    /// <summary>Fixed weights keyed by <c>Type.field</c>, replacing the defaults above (a field's estimator wins over these).</summary>
    public IReadOnlyDictionary<string, int> FieldCosts { get; init; } = new Dictionary<string, int>();
}
