using MemberInsights.ClickHouse.Types;

namespace MemberInsights.ClickHouse;

/// <summary>A column of an INSERT: its name and its ClickHouse type as ClickHouse spells it.</summary>
/// <param name="Name">Column name in the target table.</param>
/// <param name="Type">ClickHouse type, e.g. <c>LowCardinality(String)</c> or <c>DateTime64(3, 'UTC')</c>.</param>
public sealed record ColumnDefinition(string Name, string Type)
{
    /// <summary>The parsed <see cref="Type"/>.</summary>
    public ClickHouseType ParsedType { get; } = ClickHouseType.Parse(Type);
}
