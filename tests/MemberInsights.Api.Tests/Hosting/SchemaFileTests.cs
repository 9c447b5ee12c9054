using MemberInsights.Api.Tests.Support;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace MemberInsights.Api.Tests.Hosting;

[Collection(TinyApiCollection.Name)]
public sealed class SchemaFileTests(ApiFactory api)
{
    [Fact]
    public void The_printed_schema_of_the_running_API_equals_the_schema_files()
    {
        var executor = (RequestExecutor)api.Services.GetRequiredService<IRequestExecutor>();
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "schema"), "*.graphql")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText);

        Assert.Equal(string.Join("\n", files), SchemaPrinter.Print(executor.Schema) + "\n");
    }

    [Fact]
    public async Task The_API_answers_over_HTTP_after_migrating_and_loading_the_tiny_data_set()
    {
        var data = await api.QueryAsync("{ __typename }");

        Assert.Equal("Query", data["__typename"]!.GetValue<string>());
        Assert.True(await api.ClickHouse.ScalarAsync<ulong>("SELECT count() FROM stg_member_events") > 0);
    }
}
