using MemberInsights.Api.Access;
using MemberInsights.Api.Admin;
using MemberInsights.Api.Contracts;
using MemberInsights.ClickHouse;
using MemberInsights.GraphQL.AspNetCore;

namespace MemberInsights.Api.Hosting;

/// <summary>Registers the Member Insights API: ClickHouse, warehouse start-up, the product surfaces and the GraphQL server.</summary>
internal static class InsightsServiceCollectionExtensions
{
    public static IServiceCollection AddMemberInsights(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<InsightsOptions>(configuration.GetSection(InsightsOptions.Section));
        services.AddAccess(configuration, environment);
        services.AddSingleton(provider => ClickHouseClient.Create(ClickHouseSettings(configuration), provider.GetRequiredService<ILoggerFactory>()));
        services.AddHostedService<WarehouseInitializer>();
        services.AddSingleton<PipelineJobs>();
        services.AddInsightsSurfaces();
        services.AddGraphQLServer(InsightsSchema.CreateExecutor, options =>
        {
            options.PersistedOperationsDirectory = Path.Combine(InsightsSchema.Directory, "operations");
            options.Explorer.Title = "Member Insights";
            options.LogOperations = false;
            configuration.GetSection("GraphQL").Bind(options);
        });
        return services;
    }

    /// <summary>CLICKHOUSE_* environment variables, overridden by the <c>ClickHouse</c> configuration section when set.</summary>
    private static ClickHouseOptions ClickHouseSettings(IConfiguration configuration)
    {
        var options = ClickHouseOptions.FromEnvironment();
        var section = configuration.GetSection("ClickHouse");
        return options with
        {
            ServerUrl = section["ServerUrl"] ?? options.ServerUrl,
            Database = section["Database"] ?? options.Database,
            DataPath = section["DataPath"] ?? options.DataPath,
        };
    }
}
