using MemberInsights.Api.Contracts;
using MemberInsights.ClickHouse;
using MemberInsights.Warehouse;
using MemberInsights.Warehouse.Generation;
using MemberInsights.Warehouse.Loading;
using Microsoft.Extensions.Options;

namespace MemberInsights.Api.Hosting;

/// <summary>
/// Before the API serves: applies pending migrations and, when the warehouse holds no events, loads the
/// configured generated data set. In embedded mode the API owns the data directory, so this runs in-process.
/// </summary>
internal sealed class WarehouseInitializer(
    ClickHouseClient client,
    IOptions<InsightsOptions> options,
    ILoggerFactory loggerFactory) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger<WarehouseInitializer>();
        var applied = await WarehouseMigrations.ApplyAsync(client, logger, ct: cancellationToken);
        logger.LogInformation("Warehouse on {Engine} ClickHouse {Version}: {Applied} migrations applied",
            client.EngineKind, await client.GetVersionAsync(cancellationToken), applied.Count);
        var settings = options.Value;
        if (!settings.LoadIfEmpty)
        {
            return;
        }

        var preset = LoadPreset.Find(settings.Preset)
            ?? throw new InvalidOperationException($"Insights:Preset is '{settings.Preset}'; expected one of {LoadPreset.Names}.");
        var loader = new WarehouseLoader(client, loggerFactory.CreateLogger<WarehouseLoader>());
        await loader.LoadAsync(GeneratorOptions.FromPreset(preset, seed: settings.Seed), new LoadOptions { IfEmpty = true }, ct: cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
