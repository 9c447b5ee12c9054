using MemberInsights.Api.Caching;
using MemberInsights.Api.Contracts;
using MemberInsights.GraphQL.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MemberInsights.Api.Health;

/// <summary>Registers the Platform Health surface.</summary>
internal static class HealthServiceCollectionExtensions
{
    public static IServiceCollection AddHealthSurface(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DataVersion>();
        return services
            .AddSingleton<RequestMetrics>()
            .AddSingleton<IGraphQLRequestObserver>(provider => provider.GetRequiredService<RequestMetrics>())
            .AddSingleton<PipelineRunHistory>()
            .AddSingleton<WarehouseFreshness>()
            .AddSingleton<AssistantQuestionLog>()
            .AddSingleton<AccessAuditHistory>()
            .AddSingleton<HealthQueries>()
            .AddSingleton<ISchemaSurface, HealthSurface>();
    }
}
