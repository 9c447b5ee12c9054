using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Catalog;

/// <summary>Registers the governed metric definitions every surface and the assistant read.</summary>
internal static class CatalogServiceCollectionExtensions
{
    public static IServiceCollection AddMetricDictionary(this IServiceCollection services) => services
        .AddSingleton(provider => new MetricDictionary(provider.GetRequiredService<ClickHouseClient>()));
}
