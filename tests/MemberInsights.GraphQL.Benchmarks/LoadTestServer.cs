using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemberInsights.GraphQL.Benchmarks;

/// <summary>
/// The .NET side of build/bench-graphql.sh: the benchmark schema behind the GraphQL endpoint on
/// Kestrel, loopback only. Request logging is off, as on the graphql-js side.
/// </summary>
internal static class LoadTestServer
{
    public static async Task<int> RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer(BenchmarkSchema.CreateExecutor(), options => options.Explorer.Enabled = false);
        var app = builder.Build();
        app.MapGraphQL();
        Console.WriteLine($"listening http://127.0.0.1:{port}/graphql");
        await app.RunAsync();
        return 0;
    }
}
