using MemberInsights.GraphQL.AspNetCore.PersistedOperations;
using MemberInsights.GraphQL.AspNetCore.Tests.Hosting;
using System.Net;
using System.Text.Json;
using static MemberInsights.GraphQL.AspNetCore.Tests.Hosting.GraphQLMediaTypesForTests;

namespace MemberInsights.GraphQL.AspNetCore.Tests.PersistedOperations;

/// <summary>Persisted operations by id (GET and POST) and automatic persisted queries.</summary>
public sealed class PersistedOperationHttpTests : IAsyncLifetime
{
    private readonly OperationsDirectory _directory = new();
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await GraphQLTestServer.StartAsync(options => options.PersistedOperationsDirectory = _directory.Path);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task A_persisted_operation_runs_by_id_over_get()
    {
        var url = $"/graphql?id={OperationsDirectory.DoubleId}&variables={Uri.EscapeDataString("{\"n\":5}")}";

        var json = await (await _server.GetAsync(url)).AssertGraphQLAsync(200);

        Assert.Equal(10, json.GetProperty("data").GetProperty("double").GetInt32());
        var logged = await _server.Logs.WaitForOperationAsync();
        Assert.Equal(OperationsDirectory.DoubleId, logged.Properties["DocumentId"]);
        Assert.Equal("Double", logged.Properties["OperationName"]);
    }

    [Theory]
    [InlineData("id", "")]
    [InlineData("documentId", "sha256:")]
    public async Task A_persisted_operation_runs_by_id_over_post(string property, string prefix)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object> { [property] = prefix + OperationsDirectory.HelloId });

        var json = await (await _server.PostAsync(body)).AssertGraphQLAsync(200);

        Assert.Equal("Hello, world!", json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_persisted_mutation_is_refused_over_get()
    {
        var response = await _server.GetAsync($"/graphql?id={OperationsDirectory.IncrementId}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData(GraphQLResponse, 400)]
    [InlineData(Json, 200)]
    public async Task An_unknown_id_is_persisted_operation_not_found(string accept, int status)
    {
        var json = await (await _server.GetAsync($"/graphql?id={new string('a', 64)}", accept)).AssertGraphQLAsync(status, accept);

        Assert.Equal("PERSISTED_OPERATION_NOT_FOUND", json.FirstErrorCode());
        Assert.False(json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task An_automatic_persisted_query_round_trips()
    {
        const string query = "query Apq { double(value: 50) }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentId.Compute(query) } };

        var unknown = await (await _server.PostAsync(JsonSerializer.Serialize(new { extensions }))).AssertGraphQLAsync(400);
        var registered = await (await _server.PostAsync(JsonSerializer.Serialize(new { query, extensions }))).AssertGraphQLAsync(200);
        var byHash = await (await _server.PostAsync(JsonSerializer.Serialize(new { extensions }))).AssertGraphQLAsync(200);
        var byGet = await (await _server.GetAsync("/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(extensions)))).AssertGraphQLAsync(200);

        Assert.Equal("PersistedQueryNotFound", unknown.FirstErrorMessage());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.FirstErrorCode());
        foreach (var json in new[] { registered, byHash, byGet })
        {
            Assert.Equal(100, json.GetProperty("data").GetProperty("double").GetInt32());
        }
    }

    [Fact]
    public async Task An_automatic_persisted_query_with_a_wrong_hash_is_refused()
    {
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentId.Compute("{ other }") } };

        var json = await (await _server.PostAsync(JsonSerializer.Serialize(new { query = "{ hello }", extensions }))).AssertGraphQLAsync(400);

        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", json.FirstErrorCode());
    }

    [Fact]
    public async Task An_unsupported_automatic_persisted_query_version_is_refused()
    {
        var extensions = new { persistedQuery = new { version = 2, sha256Hash = DocumentId.Compute("{ hello }") } };

        var json = await (await _server.PostAsync(JsonSerializer.Serialize(new { query = "{ hello }", extensions }))).AssertGraphQLAsync(400);

        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", json.FirstErrorCode());
    }

    [Fact]
    public async Task Sending_both_a_query_and_an_id_is_400()
    {
        var json = await (await _server.PostAsync(JsonSerializer.Serialize(new { query = "{ hello }", id = OperationsDirectory.HelloId }))).AssertGraphQLAsync(400);

        Assert.Equal("INVALID_REQUEST_PARAMETER", json.FirstErrorCode());
    }
}
