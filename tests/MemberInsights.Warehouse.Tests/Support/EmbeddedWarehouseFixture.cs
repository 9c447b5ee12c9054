using MemberInsights.ClickHouse;

namespace MemberInsights.Warehouse.Tests.Support;

/// <summary>
/// The one embedded engine of this test process (chDB serves one data path per process). Each test
/// gets its own migrated database through <see cref="CreateWarehouseAsync"/>.
/// </summary>
public sealed class EmbeddedWarehouseFixture : IAsyncLifetime
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "mi-warehouse-tests-" + Guid.NewGuid().ToString("N"));

    public ClickHouseClient Root { get; private set; } = null!;

    private ClickHouseOptions Options => new() { DataPath = DataPath, PoolSize = 6, QueryTimeout = TimeSpan.FromMinutes(2) };

    public Task InitializeAsync()
    {
        Root = ClickHouseClient.Create(Options);
        return Task.CompletedTask;
    }

    /// <summary>A fresh database with every migration applied.</summary>
    public async Task<TestWarehouse> CreateWarehouseAsync(bool migrate = true)
    {
        var name = "w_" + Guid.NewGuid().ToString("N");
        await Root.ExecuteAsync($"CREATE DATABASE {name}");
        var warehouse = new TestWarehouse(name, ClickHouseClient.Create(Options with { Database = name }), Root);
        if (migrate)
        {
            await WarehouseMigrations.ApplyAsync(warehouse.Client);
        }

        return warehouse;
    }

    public async Task DisposeAsync()
    {
        await Root.DisposeAsync();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // The engine may hold files until the process exits; the temp folder is reclaimed later.
        }
    }
}

/// <summary>A test's own database and a client whose unqualified names resolve to it.</summary>
public sealed class TestWarehouse(string name, ClickHouseClient client, ClickHouseClient root) : IAsyncDisposable
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
public sealed class EmbeddedWarehouseCollection : ICollectionFixture<EmbeddedWarehouseFixture>
{
    public const string Name = "embedded warehouse";
}
