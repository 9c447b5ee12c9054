using System.Text.Json;
using MemberInsights.GraphQL.AspNetCore.Tests.Hosting;

namespace MemberInsights.GraphQL.AspNetCore.Tests.Explorer;

/// <summary>
/// The explorer in real headless Chromium (playwright-core drives Debian's /usr/bin/chromium):
/// it loads, introspects the schema and runs a query. The screenshot goes to artifacts/explorer.png.
/// </summary>
public sealed class ExplorerBrowserTests
{
    [Fact]
    public async Task The_explorer_loads_the_schema_and_runs_a_query_in_headless_chromium()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var endpoint = new Uri(server.Client.BaseAddress!, "/graphql").ToString();
        var screenshot = Path.Combine(RepositoryPaths.Artifacts, "explorer.png");
        Directory.CreateDirectory(RepositoryPaths.Artifacts);
        File.Delete(screenshot);

        var (exitCode, output) = await NodeProcess.RunAsync(
            Path.Combine(RepositoryPaths.Root, "tests", "MemberInsights.GraphQL.AspNetCore.Tests", "Explorer", "explorer-check.mjs"),
            endpoint, "{ hello double(value: 21) }", "\"double\": 42", screenshot);

        Assert.True(exitCode != 3, $"Chromium is required for the explorer check: {output}");
        Assert.True(exitCode == 0, $"The explorer check failed (exit {exitCode}); screenshot {screenshot}:\n{output}");
        using var report = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var typeNames = report.RootElement.GetProperty("typeNames").EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Contains("Query", typeNames);
        Assert.Contains("Mutation", typeNames);
        Assert.Equal(200, report.RootElement.GetProperty("status").GetInt32());
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is missing or empty");
    }
}
