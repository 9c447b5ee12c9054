using System.Net;
using MemberInsights.GraphQL.AspNetCore.Tests.Hosting;
using static MemberInsights.GraphQL.AspNetCore.Tests.Hosting.GraphQLMediaTypesForTests;

namespace MemberInsights.GraphQL.AspNetCore.Tests.Http;

/// <summary>GET requests: parameters in the query string, queries only.</summary>
public sealed class GetRequestTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private GraphQLTestServer Server => shared.Server;

    [Fact]
    public async Task A_query_runs_over_get_with_variables_and_operation_name()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query A { hello } query B($n: Int!) { double(value: $n) }")
            + "&operationName=B&variables=" + Uri.EscapeDataString("{\"n\":4}");

        var json = await (await Server.GetAsync(url)).AssertGraphQLAsync(200);

        Assert.Equal(8, json.GetProperty("data").GetProperty("double").GetInt32());
    }

    [Fact]
    public async Task An_empty_operation_name_means_none()
    {
        var json = await (await Server.GetAsync("/graphql?query=%7Bhello%7D&operationName=")).AssertGraphQLAsync(200);

        Assert.Equal("Hello, world!", json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task A_mutation_over_get_is_405_with_allow_post_and_does_not_run(string accept)
    {
        var before = Server.Schema.MutationCount;

        var response = await Server.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { increment }"), accept);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
        Assert.Single((await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal(before, Server.Schema.MutationCount);
    }

    [Fact]
    public async Task A_mutation_over_post_runs()
    {
        var before = Server.Schema.MutationCount;

        var json = await (await Server.PostQueryAsync("mutation { increment }")).AssertGraphQLAsync(200);

        Assert.True(json.GetProperty("data").GetProperty("increment").GetInt32() > before);
    }

    [Fact]
    public async Task A_get_selecting_the_query_of_a_document_with_a_mutation_runs()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query Q { hello } mutation M { increment }") + "&operationName=Q";

        await (await Server.GetAsync(url)).AssertGraphQLAsync(200);
    }

    [Theory]
    [InlineData("variables", "[1]")]
    [InlineData("variables", "{not json")]
    [InlineData("extensions", "7")]
    public async Task Bad_json_parameters_are_400(string parameter, string value)
    {
        var response = await Server.GetAsync($"/graphql?query=%7Bhello%7D&{parameter}={Uri.EscapeDataString(value)}");

        var json = await response.AssertGraphQLAsync(400);
        Assert.Equal("INVALID_REQUEST_PARAMETER", json.FirstErrorCode());
    }

    [Fact]
    public async Task A_get_without_query_is_400()
    {
        var json = await (await Server.GetAsync("/graphql")).AssertGraphQLAsync(400);

        Assert.Equal("MISSING_QUERY", json.FirstErrorCode());
    }
}
