using System.Diagnostics;
using System.Text.Json;
using MemberInsights.Api.Contracts;
using MemberInsights.Api.Tests.Support;

namespace MemberInsights.Api.Tests.Limits;

/// <summary>
/// The introspection documents of graphql-js 17 (every option combination), graphql-codegen, Apollo's language
/// server and Banana Cake Pop, taken from their npm packages by <c>introspection-clients.mjs</c>, sent to the API
/// on its default configuration; every answer must build a client schema in graphql-js.
/// </summary>
[Collection(KestrelApiCollection.Name)]
public sealed class IntrospectionClientTests(KestrelApi api)
{
    [Fact]
    public async Task Every_standard_client_introspects_the_API_on_its_default_limits()
    {
        var script = Path.Combine(RepositoryPaths.Root, "tests", "MemberInsights.Api.Tests", "Limits", "introspection-clients.mjs");
        var start = new ProcessStartInfo("node", [script, api.Endpoint.ToString(), Path.Combine(RepositoryPaths.Root, "schema")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
            Environment = { ["MI_API_KEY"] = api.Keys[AccessRoles.Analyst] },
        };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(node.ExitCode == 0, await errors);

        var results = JsonDocument.Parse(await output).RootElement.EnumerateArray().ToList();

        Assert.Equal(128 + 3, results.Count);
        foreach (var result in results)
        {
            Assert.True(
                result.GetProperty("ok").GetBoolean(),
                result.GetProperty("client").GetString() + ": " + (result.TryGetProperty("error", out var error) ? error.GetString() : null));
        }

        var compared = results.Where(r => r.GetProperty("sameSchema").ValueKind == JsonValueKind.True).ToList();
        Assert.Equal(2, compared.Count);
        Assert.Single(results, r => r.GetProperty("client").GetString()!.StartsWith("@graphql-codegen/cli", StringComparison.Ordinal));
        Assert.Single(results, r => r.GetProperty("client").GetString()!.StartsWith("apollo-language-server", StringComparison.Ordinal));
        Assert.Single(results, r => r.GetProperty("client").GetString()!.StartsWith("@chillicream/bananacakepop-graphql-ide", StringComparison.Ordinal));
        var depths = results.Select(r => r.GetProperty("document").GetString()!.Split("ofType").Length - 1).Distinct().Order().ToList();
        Assert.True(depths.Count >= 3, "the clients' documents differ in how deep they nest ofType: " + string.Join(", ", depths));
    }
}
