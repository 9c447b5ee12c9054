using System.Net;
using System.Text.RegularExpressions;
using MemberInsights.GraphQL.AspNetCore.Tests.Hosting;

namespace MemberInsights.GraphQL.AspNetCore.Tests.Explorer;

/// <summary>The Banana Cake Pop explorer served at the endpoint.</summary>
public sealed partial class ExplorerTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private GraphQLTestServer Server => shared.Server;

    [Fact]
    public async Task A_browser_gets_the_explorer_page_based_under_the_endpoint()
    {
        var response = await Server.GetAsync("/graphql", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<base href=\"/graphql/\"/>", page, StringComparison.Ordinal);
        Assert.Contains("<title>Banana Cake Pop</title>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_graphql_get_from_a_browser_still_runs_the_query()
    {
        var response = await Server.GetAsync("/graphql?query=%7Bhello%7D", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_configuration_points_the_explorer_at_the_endpoint_without_telemetry()
    {
        var json = await (await Server.GetAsync("/graphql/bcp-config.json", "application/json")).ReadJsonAsync();

        Assert.True(json.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(json.GetProperty("disableTelemetry").GetBoolean());
        Assert.Equal("GraphQL", json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Every_script_of_the_page_and_the_license_are_served()
    {
        var page = await (await Server.GetAsync("/graphql", BrowserAccept)).Content.ReadAsStringAsync();
        var scripts = ScriptSource().Matches(page).Select(m => m.Groups["src"].Value).ToList();
        Assert.NotEmpty(scripts);

        foreach (var script in scripts)
        {
            var response = await Server.GetAsync("/graphql/" + script, "*/*");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{script}: {(int)response.StatusCode}");
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        }

        var license = await Server.GetAsync("/graphql/LICENSE", "*/*");
        Assert.Equal(HttpStatusCode.OK, license.StatusCode);
        Assert.Contains("ChilliCream License", await license.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql/missing.js")]
    [InlineData("/graphql/../appsettings.json")]
    [InlineData("/graphql/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/graphql/package.json")]
    public async Task Other_paths_are_404(string path)
    {
        var response = await Server.GetAsync(path, "*/*");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_explorer_can_be_disabled()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.Explorer.Enabled = false);

        var page = await server.GetAsync("/graphql", BrowserAccept);
        var config = await server.GetAsync("/graphql/bcp-config.json", "*/*");

        Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, config.StatusCode);
    }

    [GeneratedRegex("<script[^>]*src=\"(?<src>[^\"]+)\"")]
    private static partial Regex ScriptSource();
}
