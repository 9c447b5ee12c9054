using MemberInsights.Api.Tests.Support;
using MemberInsights.GraphQL.Execution;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MemberInsights.Api.Tests.Limits;

/// <summary>
/// The API on real Kestrel sockets (127.0.0.1, a free port) with its default limits and the tiny data set:
/// what a client, a hostile one included, reaches over TCP, where going away really aborts the request.
/// </summary>
public sealed class KestrelApi : ApiFactory
{
    public KestrelApi()
    {
        UseKestrel(0);
        StartServer();
    }

    /// <summary>The GraphQL endpoint, e.g. http://127.0.0.1:40123/graphql.</summary>
    public Uri Endpoint => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/graphql");

    /// <summary>The API's executor (its in-flight count tells whether the server is idle).</summary>
    public RequestExecutor Executor => (RequestExecutor)Services.GetRequiredService<IRequestExecutor>();
}

/// <summary>One Kestrel-hosted API shared by the limit and hostile-input tests.</summary>
[CollectionDefinition(Name)]
public sealed class KestrelApiCollection : ICollectionFixture<KestrelApi>
{
    /// <summary>The collection name.</summary>
    public const string Name = "Kestrel API";
}
