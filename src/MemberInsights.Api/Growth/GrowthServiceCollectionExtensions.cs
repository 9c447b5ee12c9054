using MemberInsights.Api.Contracts;

namespace MemberInsights.Api.Growth;

/// <summary>Registers the Growth and Retention surface.</summary>
internal static class GrowthServiceCollectionExtensions
{
    public static IServiceCollection AddGrowthSurface(this IServiceCollection services) => services
        .AddSingleton<GrowthQueries>()
        .AddSingleton<ISchemaSurface, GrowthSurface>();
}
