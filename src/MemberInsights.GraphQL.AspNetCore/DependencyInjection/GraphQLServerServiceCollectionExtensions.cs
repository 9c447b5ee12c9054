using MemberInsights.GraphQL.AspNetCore;
using MemberInsights.GraphQL.AspNetCore.Explorer;
using MemberInsights.GraphQL.AspNetCore.Http;
using MemberInsights.GraphQL.AspNetCore.PersistedOperations;
using MemberInsights.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the GraphQL HTTP server.</summary>
public static class GraphQLServerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL endpoint's services around the given executor. Persisted operations
    /// are read from <see cref="GraphQLServerOptions.PersistedOperationsDirectory"/> at start-up
    /// unless an <see cref="IPersistedOperationStore"/> is registered. Map the endpoint with
    /// <c>app.MapGraphQL()</c>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="executor">Creates the request executor (called once).</param>
    /// <param name="configure">Adjusts the server options (also bindable with <c>services.Configure</c>).</param>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        Func<IServiceProvider, IRequestExecutor> executor,
        Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(executor);
        services.AddOptions<GraphQLServerOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(executor);
        services.TryAddSingleton<IPersistedOperationStore>(provider =>
        {
            var directory = provider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.PersistedOperationsDirectory;
            return directory is null ? EmptyPersistedOperationStore.Instance : new PersistedOperationDirectory(directory);
        });
        services.TryAddSingleton<OperationDocumentResolver>(provider => new OperationDocumentResolver(
            provider.GetRequiredService<IOptions<GraphQLServerOptions>>(),
            provider.GetRequiredService<IPersistedOperationStore>()));
        services.TryAddSingleton<BananaCakePopExplorer>();
        services.TryAddSingleton<SchemaDocument>();
        services.TryAddSingleton<GraphQLHttpEndpoint>();
        return services;
    }

    /// <summary>Registers the GraphQL endpoint's services around an executor instance.</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="executor">The request executor.</param>
    /// <param name="configure">Adjusts the server options.</param>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        IRequestExecutor executor,
        Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(executor);
        return services.AddGraphQLServer(_ => executor, configure);
    }
}
