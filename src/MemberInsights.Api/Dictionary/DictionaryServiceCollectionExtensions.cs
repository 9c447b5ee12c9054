using MemberInsights.Api.Contracts;

namespace MemberInsights.Api.Dictionary;

/// <summary>Registers the Metric Dictionary surface.</summary>
internal static class DictionaryServiceCollectionExtensions
{
    public static IServiceCollection AddDictionarySurface(this IServiceCollection services) => services
        .AddSingleton<ISchemaSurface, DictionarySurface>();
}
