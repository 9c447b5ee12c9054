using MemberInsights.Api.Caching;
using MemberInsights.Api.Contracts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MemberInsights.Api.Experiments;

/// <summary>Registers the Experimentation surface.</summary>
internal static class ExperimentsServiceCollectionExtensions
{
    public static IServiceCollection AddExperimentsSurface(this IServiceCollection services)
    {
        services.TryAddSingleton<DataVersion>();
        return services
            .AddSingleton<MemberOutcomes>()
            .AddSingleton<ExperimentReadouts>()
            .AddSingleton<ISchemaSurface, ExperimentsSurface>();
    }
}
