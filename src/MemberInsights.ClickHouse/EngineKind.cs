namespace MemberInsights.ClickHouse;

/// <summary>Which ClickHouse a client talks to.</summary>
public enum EngineKind
{
    /// <summary>The in-process chDB engine over a local data directory.</summary>
    Embedded,

    /// <summary>A ClickHouse server over its HTTP interface.</summary>
    Server,
}
