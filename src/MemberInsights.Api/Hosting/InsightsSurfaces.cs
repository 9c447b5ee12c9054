using MemberInsights.Api.Common;
using MemberInsights.Api.Dictionary;

namespace MemberInsights.Api.Hosting;

/// <summary>The product surfaces: each registers its services and its <see cref="ISchemaSurface"/>.</summary>
internal static class InsightsSurfaces
{
    public static IServiceCollection AddInsightsSurfaces(this IServiceCollection services)
    {
        services.AddSingleton<InputReader>();
        services.AddSingleton<ISchemaSurface, CommonSurface>();
        services.AddDictionarySurface();
        return services;
    }
}
