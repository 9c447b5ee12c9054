using MemberInsights.Api.Hosting;

namespace MemberInsights.Api.Experiments;

/// <summary>Registers the Experimentation surface.</summary>
internal static class ExperimentsServiceCollectionExtensions
{
    public static IServiceCollection AddExperimentsSurface(this IServiceCollection services) => services
        .AddSingleton<MemberOutcomes>()
        .AddSingleton<ExperimentReadouts>()
        .AddSingleton<ISchemaSurface, ExperimentsSurface>();
}
