using MemberInsights.Api.Hosting;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Dictionary;

/// <summary>Registers the Metric Dictionary surface.</summary>
internal static class DictionaryServiceCollectionExtensions
{
    public static IServiceCollection AddDictionarySurface(this IServiceCollection services) => services
        .AddSingleton(provider => new MetricDictionary(provider.GetRequiredService<ClickHouseClient>()))
        .AddSingleton<ISchemaSurface, DictionarySurface>();
}
