using MemberInsights.Api.Contracts;

namespace MemberInsights.Api.Performance;

/// <summary>Registers the Performance Signals surface.</summary>
internal static class PerformanceServiceCollectionExtensions
{
    public static IServiceCollection AddPerformanceSurface(this IServiceCollection services) => services
        .AddSingleton<PerformanceQueries>()
        .AddSingleton<ISchemaSurface, PerformanceSurface>();
}
