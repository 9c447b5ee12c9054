namespace MemberInsights.ClickHouse;

/// <summary>How to reach ClickHouse: a server URL, or (when <see cref="ServerUrl"/> is null) the embedded chDB engine.</summary>
public sealed record ClickHouseOptions
{
    /// <summary>The default statement time limit.</summary>
    public static readonly TimeSpan DefaultQueryTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The HTTP interface of a ClickHouse server, e.g. <c>http://localhost:8123</c>; null selects embedded chDB.</summary>
    public string? ServerUrl { get; init; }

    /// <summary>User name (server only).</summary>
    public string User { get; init; } = "default";

    /// <summary>Password (server only).</summary>
    public string Password { get; init; } = "";

    /// <summary>Database that unqualified table names resolve to. The embedded engine creates it if missing.</summary>
    public string Database { get; init; } = "default";

    /// <summary>The embedded engine's data directory (relative paths resolve against the current directory).</summary>
    public string DataPath { get; init; } = "data/clickhouse";

    /// <summary>Embedded: the most statements that run at once (one connection each). 0 means twice the processor count.</summary>
    public int PoolSize { get; init; }

    /// <summary>
    /// Time limit of every statement, sent as <c>max_execution_time</c>. Zero means the default of 30 seconds.
    /// The embedded engine cannot cancel a running statement: this limit is what bounds it.
    /// </summary>
    public TimeSpan QueryTimeout { get; init; }

    /// <summary>Path of libchdb.so; null means CHDB_LIBRARY_PATH, else node_modules/@chdb/lib-linux-x64-gnu/libchdb.so found by walking up.</summary>
    public string? NativeLibraryPath { get; init; }

    /// <summary>Reads CLICKHOUSE_URL, CLICKHOUSE_USER, CLICKHOUSE_PASSWORD, CLICKHOUSE_DATABASE and CLICKHOUSE_DATA_PATH.</summary>
    public static ClickHouseOptions FromEnvironment()
    {
        var options = new ClickHouseOptions { ServerUrl = Variable("CLICKHOUSE_URL") };
        return options with
        {
            User = Variable("CLICKHOUSE_USER") ?? options.User,
            Password = Environment.GetEnvironmentVariable("CLICKHOUSE_PASSWORD") ?? options.Password,
            Database = Variable("CLICKHOUSE_DATABASE") ?? options.Database,
            DataPath = Variable("CLICKHOUSE_DATA_PATH") ?? options.DataPath,
        };
    }

    /// <summary>The statement time limit with the default applied.</summary>
    public TimeSpan EffectiveQueryTimeout => QueryTimeout > TimeSpan.Zero ? QueryTimeout : DefaultQueryTimeout;

    /// <summary>The pool size with the default applied.</summary>
    public int EffectivePoolSize => PoolSize > 0 ? PoolSize : 2 * Environment.ProcessorCount;

    /// <summary>The data directory as a full path without a trailing separator (chDB treats other spellings as another path).</summary>
    public string NormalizedDataPath => Path.TrimEndingDirectorySeparator(Path.GetFullPath(DataPath));

    private static string? Variable(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
