using MemberInsights.ClickHouse.Types;

namespace MemberInsights.ClickHouse;

/// <summary>A result column: its name and its ClickHouse type.</summary>
/// <param name="Name">The column name as the query produced it.</param>
/// <param name="Type">The column's parsed type.</param>
public sealed record ClickHouseColumn(string Name, ClickHouseType Type);
