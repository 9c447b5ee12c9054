using MemberInsights.GraphQL.AspNetCore.Explorer;
using MemberInsights.GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the GraphQL endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps GraphQL over HTTP (GET and POST) at <paramref name="pattern"/>, the printed SDL at
    /// <c>{pattern}/schema.graphql</c> (and <c>{pattern}?sdl</c>) and, unless disabled, the Banana Cake Pop explorer: its page for browsers at the same URL and its files below it
    /// (<c>{pattern}/bcp-config.json</c>, <c>{pattern}/static/...</c>, <c>{pattern}/LICENSE</c>).
    /// Returns the group, so conventions such as <c>RequireAuthorization()</c> apply to all of it.
    /// </summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <param name="pattern">The endpoint path, <c>/graphql</c> by default.</param>
    public static RouteGroupBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var endpoint = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpEndpoint>();
        var explorer = endpoints.ServiceProvider.GetRequiredService<BananaCakePopExplorer>();
        var group = endpoints.MapGroup(pattern);
        group.MapMethods("/", [HttpMethods.Get, HttpMethods.Post], endpoint.HandleAsync)
            .WithDisplayName($"GraphQL {pattern}");
        group.MapGet("/" + SchemaDocument.Path, endpoint.WriteSchemaAsync)
            .WithDisplayName($"GraphQL SDL {pattern}");
        if (explorer.Enabled)
        {
            group.MapMethods("/{**asset}", [HttpMethods.Get, HttpMethods.Head], endpoint.WriteExplorerAssetAsync)
                .WithDisplayName($"GraphQL explorer {pattern}");
        }

        return group;
    }
}
