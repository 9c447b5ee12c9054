namespace MemberInsights.ClickHouse;

/// <summary>What a statement did, as reported by the engine.</summary>
/// <param name="RowsRead">Rows read from storage.</param>
/// <param name="RowsWritten">Rows written, including rows written by materialized views.</param>
/// <param name="BytesRead">Bytes read from storage.</param>
/// <param name="Elapsed">Execution time.</param>
public sealed record QueryStats(long RowsRead, long RowsWritten, long BytesRead, TimeSpan Elapsed);
