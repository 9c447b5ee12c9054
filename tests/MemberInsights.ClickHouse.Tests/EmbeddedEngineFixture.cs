namespace MemberInsights.ClickHouse.Tests;

/// <summary>
/// The one embedded engine of this test process (chDB serves one data path per process). Tests
/// isolate themselves with a database of their own.
/// </summary>
public sealed class EmbeddedEngineFixture : IAsyncLifetime
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "mi-clickhouse-tests-" + Guid.NewGuid().ToString("N"));

    public ClickHouseClient Client { get; private set; } = null!;

    public ClickHouseOptions Options => new() { DataPath = DataPath, PoolSize = 8 };

    public Task InitializeAsync()
    {
        Client = ClickHouseClient.Create(Options);
        return Task.CompletedTask;
    }

    /// <summary>Creates a fresh database and a client whose unqualified names resolve to it.</summary>
    public async Task<TestDatabase> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await Client.ExecuteAsync($"CREATE DATABASE {name}");
        return new TestDatabase(name, ClickHouseClient.Create(Options with { Database = name }), Client);
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
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

public sealed class TestDatabase(string name, ClickHouseClient client, ClickHouseClient root) : IAsyncDisposable
{
    public string Name { get; } = name;

    public ClickHouseClient Client { get; } = client;

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await root.ExecuteAsync($"DROP DATABASE IF EXISTS {Name} SYNC");
    }
}

[CollectionDefinition(Name)]
public sealed class EmbeddedEngineCollection : ICollectionFixture<EmbeddedEngineFixture>
{
    public const string Name = "embedded engine";
}
