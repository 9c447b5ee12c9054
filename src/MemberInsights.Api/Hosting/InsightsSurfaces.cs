using FluentValidation;
using MemberInsights.Api.Assistant;
using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;
using MemberInsights.Api.Contracts;
using MemberInsights.Api.Dictionary;
using MemberInsights.Api.Experiments;
using MemberInsights.Api.Growth;
using MemberInsights.Api.Health;
using MemberInsights.Api.Performance;

namespace MemberInsights.Api.Hosting;

/// <summary>The product surfaces: each registers its services and its <see cref="ISchemaSurface"/>.</summary>
internal static class InsightsSurfaces
{
    public static IServiceCollection AddInsightsSurfaces(this IServiceCollection services)
    {
        services.AddMetricDictionary();
        services.AddValidatorsFromAssemblyContaining<InputReader>(ServiceLifetime.Singleton);
        services.AddSingleton<InputReader>();
        services.AddSingleton<ISchemaSurface, CommonSurface>();
        services.AddGrowthSurface();
        services.AddPerformanceSurface();
        services.AddDictionarySurface();
        services.AddExperimentsSurface();
        services.AddHealthSurface();
        services.AddAssistantSurface();
        return services;
    }
}
