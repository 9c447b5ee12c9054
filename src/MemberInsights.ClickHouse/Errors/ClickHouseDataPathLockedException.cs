namespace MemberInsights.ClickHouse;

/// <summary>Another process holds the embedded engine's data directory.</summary>
public sealed class ClickHouseDataPathLockedException : Exception
{
    /// <summary>Creates the exception for the locked data directory.</summary>
    public ClickHouseDataPathLockedException(string dataPath)
        : base(
            $"The embedded ClickHouse data directory '{dataPath}' is locked by another process (probably a running " +
            "Member Insights API or loader). Only one process can open it at a time. Either stop that process, or ask " +
            "the running API to do the work (its load endpoint), or set CLICKHOUSE_DATA_PATH to another directory.")
    {
        DataPath = dataPath;
    }

    /// <summary>The locked directory.</summary>
    public string DataPath { get; }
}
