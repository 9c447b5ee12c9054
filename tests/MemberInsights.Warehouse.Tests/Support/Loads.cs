using MemberInsights.ClickHouse;
using MemberInsights.Warehouse.Generation;
using MemberInsights.Warehouse.Loading;
using Microsoft.Extensions.Logging.Abstractions;

namespace MemberInsights.Warehouse.Tests.Support;

/// <summary>Small loads for tests.</summary>
public static class Loads
{
    public static GeneratorOptions Tiny(int? members = null, int? days = null, ulong seed = 42) =>
        GeneratorOptions.FromPreset(LoadPreset.Tiny, members, days, seed);

    public static Task<LoadReport> RunAsync(ClickHouseClient client, GeneratorOptions generator, LoadOptions? options = null) =>
        new WarehouseLoader(client, NullLogger<WarehouseLoader>.Instance).LoadAsync(generator, options ?? new LoadOptions { MemberDaysPerBatch = 4_000 });

    public static Task<ulong> CountAsync(ClickHouseClient client, string sql) => client.ScalarAsync<ulong>(sql);
}
