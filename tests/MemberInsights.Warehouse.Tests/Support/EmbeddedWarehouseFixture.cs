using MemberInsights.ClickHouse;
using MemberInsights.Testing;

namespace MemberInsights.Warehouse.Tests.Support;

/// <summary>
/// The one embedded engine of this test process (chDB serves one data path per process). Each test
/// gets its own migrated database through <see cref="CreateWarehouseAsync"/>.
/// </summary>
public sealed class EmbeddedWarehouseFixture : IAsyncLifetime
{
    private EmbeddedEngine _engine = null!;

    public string DataPath => _engine.DataPath;

    public ClickHouseClient Root => _engine.Root;

    public Task InitializeAsync()
    {
        _engine = new EmbeddedEngine("warehouse", poolSize: 6, queryTimeout: TimeSpan.FromMinutes(2));
        return Task.CompletedTask;
    }

    /// <summary>A fresh database with every migration applied.</summary>
    public async Task<TestDatabase> CreateWarehouseAsync(bool migrate = true)
    {
        var warehouse = await _engine.CreateDatabaseAsync("w_");
        if (migrate)
        {
            await WarehouseMigrations.ApplyAsync(warehouse.Client);
        }

        return warehouse;
    }

    public Task DisposeAsync() => _engine.DisposeAsync().AsTask();
}

[CollectionDefinition(Name)]
public sealed class EmbeddedWarehouseCollection : ICollectionFixture<EmbeddedWarehouseFixture>
{
    public const string Name = "embedded warehouse";
}
