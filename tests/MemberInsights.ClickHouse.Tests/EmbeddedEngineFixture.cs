using MemberInsights.Testing;

namespace MemberInsights.ClickHouse.Tests;

/// <summary>
/// The one embedded engine of this test process (chDB serves one data path per process). Tests
/// isolate themselves with a database of their own.
/// </summary>
public sealed class EmbeddedEngineFixture : IAsyncLifetime
{
    private EmbeddedEngine _engine = null!;

    public string DataPath => _engine.DataPath;

    public ClickHouseClient Client => _engine.Root;

    public ClickHouseOptions Options => _engine.Options;

    public Task InitializeAsync()
    {
        _engine = new EmbeddedEngine("clickhouse", poolSize: 8);
        return Task.CompletedTask;
    }

    /// <summary>Creates a fresh database and a client whose unqualified names resolve to it.</summary>
    public Task<TestDatabase> CreateDatabaseAsync() => _engine.CreateDatabaseAsync();

    public Task DisposeAsync() => _engine.DisposeAsync().AsTask();
}

[CollectionDefinition(Name)]
public sealed class EmbeddedEngineCollection : ICollectionFixture<EmbeddedEngineFixture>
{
    public const string Name = "embedded engine";
}
