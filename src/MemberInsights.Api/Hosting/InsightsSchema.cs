using MemberInsights.Api.Contracts;
using MemberInsights.Api.Limits;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.Api.Hosting;

/// <summary>Builds the executable schema: the SDL files under <c>schema/</c> plus every registered <see cref="ISchemaSurface"/>.</summary>
internal static class InsightsSchema
{
    /// <summary>The directory holding the schema files in the app's output.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "schema");

    /// <summary>The schema files, in the order they are read.</summary>
    public static IReadOnlyList<string> Files =>
        System.IO.Directory.EnumerateFiles(Directory, "*.graphql").Order(StringComparer.Ordinal).ToList();

    public static Schema Build(IEnumerable<ISchemaSurface> surfaces)
    {
        var builder = new SchemaBuilder();
        foreach (var file in Files)
        {
            builder.AddTypeDefinitionsFromFile(file);
        }

        foreach (var surface in surfaces)
        {
            surface.Bind(builder);
        }

        return builder.BindCosts().RequireResolvers().Build();
    }

    /// <summary>The limits every operation runs under: these defaults, then the <c>GraphQL</c> configuration section (e.g. <c>GraphQL__MaxCost</c>).</summary>
    public static ExecutionOptions Limits(IConfiguration configuration)
    {
        var options = new ExecutionOptions
        {
            MaxDepth = 12,
            MaxFields = 2_000,
            MaxCost = 50_000,
            ExecutionTimeout = TimeSpan.FromSeconds(30),
        };
        configuration.GetSection("GraphQL").Bind(options);
        return options;
    }

    public static IRequestExecutor CreateExecutor(IServiceProvider services) => new RequestExecutor(
        Build(services.GetServices<ISchemaSurface>()),
        Limits(services.GetRequiredService<IConfiguration>()),
        services.GetRequiredService<ILoggerFactory>().CreateLogger("MemberInsights.GraphQL"));
}
