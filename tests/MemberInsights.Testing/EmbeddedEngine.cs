using MemberInsights.ClickHouse;

namespace MemberInsights.Testing;

/// <summary>
/// The one embedded engine of a test process (chDB serves one data path per process), in a temporary data
/// directory removed at the end. Tests isolate themselves with a database of their own.
/// </summary>
public sealed class EmbeddedEngine : IAsyncDisposable
{
    private readonly ClickHouseOptions _options;

    /// <summary>Starts an engine in a new temporary directory named after <paramref name="purpose"/>.</summary>
    /// <param name="purpose">A word for the directory name, e.g. <c>warehouse</c>.</param>
    /// <param name="poolSize">The most statements at once.</param>
    /// <param name="queryTimeout">The statement time limit (the client's default when null).</param>
    public EmbeddedEngine(string purpose, int poolSize, TimeSpan? queryTimeout = null)
    {
        DataPath = Path.Combine(Path.GetTempPath(), $"mi-{purpose}-tests-{Guid.NewGuid():N}");
        _options = new ClickHouseOptions { DataPath = DataPath, PoolSize = poolSize, QueryTimeout = queryTimeout ?? TimeSpan.Zero };
        Root = ClickHouseClient.Create(_options);
    }

    /// <summary>The data directory.</summary>
    public string DataPath { get; }

    /// <summary>A client of the default database.</summary>
    public ClickHouseClient Root { get; }

    /// <summary>The options of <see cref="Root"/>.</summary>
    public ClickHouseOptions Options => _options;

    /// <summary>Creates a database of its own and a client whose unqualified names resolve to it.</summary>
    /// <param name="prefix">The start of the database name.</param>
    public async Task<TestDatabase> CreateDatabaseAsync(string prefix = "t_")
    {
        var name = prefix + Guid.NewGuid().ToString("N");
        await Root.ExecuteAsync($"CREATE DATABASE {name}");
        return new TestDatabase(name, ClickHouseClient.Create(_options with { Database = name }), Root);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Root.DisposeAsync();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // The engine may still hold files until the process exits; the temp folder is reclaimed later.
        }
    }
}

/// <summary>A test's own database, dropped on dispose.</summary>
/// <param name="name">The database.</param>
/// <param name="client">A client whose unqualified names resolve to it.</param>
/// <param name="root">The engine's root client, which drops it.</param>
public sealed class TestDatabase(string name, ClickHouseClient client, ClickHouseClient root) : IAsyncDisposable
{
    /// <summary>The database name.</summary>
    public string Name { get; } = name;

    /// <summary>A client whose unqualified names resolve to this database.</summary>
    public ClickHouseClient Client { get; } = client;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await root.ExecuteAsync($"DROP DATABASE IF EXISTS {Name} SYNC");
    }
}
