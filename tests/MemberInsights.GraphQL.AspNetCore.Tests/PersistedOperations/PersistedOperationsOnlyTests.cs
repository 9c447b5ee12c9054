using System.Text.Json;
using MemberInsights.GraphQL.AspNetCore.PersistedOperations;
using MemberInsights.GraphQL.AspNetCore.Tests.Hosting;

namespace MemberInsights.GraphQL.AspNetCore.Tests.PersistedOperations;

/// <summary>The production switch for BI clients: only persisted operations run.</summary>
public sealed class PersistedOperationsOnlyTests : IAsyncLifetime
{
    private readonly OperationsDirectory _directory = new();
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GraphQLTestServer.StartAsync(options =>
    {
        options.PersistedOperationsDirectory = _directory.Path;
        options.PersistedOperationsOnly = true;
    });

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task An_ad_hoc_document_is_refused()
    {
        var json = await (await _server.PostQueryAsync("{ hello double(value: 1) }")).AssertGraphQLAsync(400);

        Assert.Equal("PERSISTED_OPERATION_ONLY", json.FirstErrorCode());
        Assert.False(json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task An_automatic_persisted_query_cannot_register_a_new_document()
    {
        const string query = "{ double(value: 3) }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentId.Compute(query) } };

        var json = await (await _server.PostAsync(JsonSerializer.Serialize(new { query, extensions }))).AssertGraphQLAsync(400);

        Assert.Equal("PERSISTED_OPERATION_ONLY", json.FirstErrorCode());
    }

    [Fact]
    public async Task A_persisted_operation_runs_by_id_by_hash_and_by_its_exact_text()
    {
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = OperationsDirectory.HelloId } };

        var byId = await (await _server.GetAsync($"/graphql?id={OperationsDirectory.HelloId}")).AssertGraphQLAsync(200);
        var byHash = await (await _server.PostAsync(JsonSerializer.Serialize(new { extensions }))).AssertGraphQLAsync(200);
        var byText = await (await _server.PostQueryAsync(OperationsDirectory.HelloDocument)).AssertGraphQLAsync(200);

        foreach (var json in new[] { byId, byHash, byText })
        {
            Assert.Equal("Hello, world!", json.GetProperty("data").GetProperty("hello").GetString());
        }
    }
}
