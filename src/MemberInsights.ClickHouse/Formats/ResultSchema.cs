namespace MemberInsights.ClickHouse.Formats;

/// <summary>The columns of one result, shared by all of its rows.</summary>
internal sealed class ResultSchema
{
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);

    public ResultSchema(IReadOnlyList<ClickHouseColumn> columns)
    {
        Columns = columns;
        for (var i = columns.Count - 1; i >= 0; i--)
        {
            _ordinals[columns[i].Name] = i;
        }
    }

    public IReadOnlyList<ClickHouseColumn> Columns { get; }

    public int GetOrdinal(string name) =>
        _ordinals.TryGetValue(name, out var ordinal)
            ? ordinal
            : throw new IndexOutOfRangeException($"The result has no column '{name}'. Columns: {string.Join(", ", Columns.Select(c => c.Name))}.");
}
