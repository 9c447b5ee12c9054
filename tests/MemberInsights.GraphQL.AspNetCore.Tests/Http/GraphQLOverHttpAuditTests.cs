using System.Text.Json;
using System.Text.Json.Nodes;
using MemberInsights.GraphQL.AspNetCore.Tests.Hosting;

namespace MemberInsights.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// graphql-http's own GraphQL-over-HTTP audits (the suite its authors run against servers) against
/// our endpoint on Kestrel. Every MUST and SHOULD audit passes except two SHOULDs that follow the
/// specification's pre-2025 legacy rule (answer <c>application/json</c> when <c>Accept</c> is missing or
/// <c>*/*</c>); after the watershed the specification says <c>application/graphql-response+json</c>, which we send.
/// The tally goes to artifacts/graphql-http-audit.json.
/// </summary>
public sealed class GraphQLOverHttpAuditTests
{
    private static readonly string[] LegacyWatershedWarnings =
    [
        "SHOULD accept */* and use application/json for the content-type",
        "SHOULD assume application/json content-type when accept is missing",
    ];

    [Fact]
    public async Task The_endpoint_passes_the_graphql_http_audits()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var endpoint = new Uri(server.Client.BaseAddress!, "/graphql").ToString();

        var (exitCode, output) = await NodeProcess.RunAsync(
            Path.Combine(RepositoryPaths.Root, "tests", "MemberInsights.GraphQL.AspNetCore.Tests", "Http", "graphql-http-audit.mjs"), endpoint);

        Assert.True(exitCode == 0, output);
        var audits = JsonNode.Parse(output)!.AsArray().Select(a => (Name: (string)a!["name"]!, Status: (string)a["status"]!, Reason: (string?)a["reason"])).ToList();
        Assert.True(audits.Count >= 50, $"only {audits.Count} audits ran");
        var failures = audits.Where(a => a.Status == "error" || (a.Status == "warn" && !LegacyWatershedWarnings.Contains(a.Name))).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{f.Status} {f.Name}: {f.Reason}")));
        Directory.CreateDirectory(RepositoryPaths.Artifacts);
        await File.WriteAllTextAsync(
            Path.Combine(RepositoryPaths.Artifacts, "graphql-http-audit.json"),
            JsonSerializer.Serialize(new
            {
                graphqlHttp = "1.23.1",
                audits = audits.Count,
                ok = audits.Count(a => a.Status == "ok"),
                warn = audits.Count(a => a.Status == "warn"),
                error = audits.Count(a => a.Status == "error"),
                intentionalWarnings = LegacyWatershedWarnings,
            }, new JsonSerializerOptions { WriteIndented = true }));
    }
}
