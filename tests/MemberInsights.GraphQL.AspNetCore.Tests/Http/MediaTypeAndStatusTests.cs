using System.Net;
using MemberInsights.GraphQL.AspNetCore.Tests.Hosting;
using static MemberInsights.GraphQL.AspNetCore.Tests.Hosting.GraphQLMediaTypesForTests;

namespace MemberInsights.GraphQL.AspNetCore.Tests.Http;

/// <summary>GraphQL over HTTP: Accept negotiation and the status code of each case, per media type.</summary>
public sealed class MediaTypeAndStatusTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private GraphQLTestServer Server => shared.Server;

    [Theory]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/graphql-response+json; charset=utf-8", GraphQLResponse)]
    [InlineData(Json, Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    [InlineData(null, GraphQLResponse)]
    [InlineData("*/*", GraphQLResponse)]
    [InlineData("application/*", GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponse)]
    [InlineData("application/json;q=0.9, application/graphql-response+json;q=0.5", Json)]
    [InlineData("text/plain, application/json;q=0.1", Json)]
    public async Task A_query_is_answered_200_in_the_negotiated_media_type(string? accept, string expected)
    {
        var response = await Server.PostQueryAsync("{ hello }", accept: accept);

        var json = await response.AssertGraphQLAsync(200, expected);
        Assert.Equal("Hello, world!", json.GetProperty("data").GetProperty("hello").GetString());
        Assert.False(json.TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/csv")]
    [InlineData("application/json;q=0")]
    public async Task Nothing_acceptable_is_406(string accept)
    {
        var response = await Server.PostQueryAsync("{ hello }", accept: accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("{ hello(", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ nope }", "GRAPHQL_VALIDATION_FAILED")]
    public async Task Documents_that_do_not_parse_or_validate_are_400_under_graphql_response_json_and_200_under_json(string query, string code)
    {
        var strict = await (await Server.PostQueryAsync(query)).AssertGraphQLAsync(400);
        var legacy = await (await Server.PostQueryAsync(query, accept: Json)).AssertGraphQLAsync(200, Json);

        foreach (var json in new[] { strict, legacy })
        {
            Assert.False(json.TryGetProperty("data", out _));
            Assert.Equal(code, json.FirstErrorCode());
        }
    }

    [Fact]
    public async Task An_unknown_operation_name_is_a_request_error()
    {
        const string document = "query A { hello } query B { hello }";

        var unknown = await (await Server.PostQueryAsync(document, operationName: "C")).AssertGraphQLAsync(400);
        var missing = await (await Server.PostQueryAsync(document)).AssertGraphQLAsync(400);
        var legacy = await (await Server.PostQueryAsync(document, operationName: "C", accept: Json)).AssertGraphQLAsync(200, Json);
        var chosen = await (await Server.PostQueryAsync(document, operationName: "B")).AssertGraphQLAsync(200);

        Assert.Contains("C", unknown.FirstErrorMessage(), StringComparison.Ordinal);
        Assert.False(missing.TryGetProperty("data", out _));
        Assert.False(legacy.TryGetProperty("data", out _));
        Assert.Equal("Hello, world!", chosen.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Variables_are_coerced_and_bad_ones_are_a_request_error()
    {
        const string document = "query ($n: Int!) { double(value: $n) }";

        var good = await (await Server.PostQueryAsync(document, new { n = 21 })).AssertGraphQLAsync(200);
        var wrongType = await (await Server.PostQueryAsync(document, new { n = "x" })).AssertGraphQLAsync(400);
        var absent = await (await Server.PostQueryAsync(document)).AssertGraphQLAsync(400);
        var legacy = await (await Server.PostQueryAsync(document, new { n = "x" }, accept: Json)).AssertGraphQLAsync(200, Json);

        Assert.Equal(42, good.GetProperty("data").GetProperty("double").GetInt32());
        Assert.False(wrongType.TryGetProperty("data", out _));
        Assert.Contains("$n", absent.FirstErrorMessage(), StringComparison.Ordinal);
        Assert.False(legacy.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task A_field_error_is_a_partial_result_with_200()
    {
        var json = await (await Server.PostQueryAsync("{ hello broken }")).AssertGraphQLAsync(200);

        Assert.Equal("Hello, world!", json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKindNull, json.GetProperty("data").GetProperty("broken").ValueKind);
        var error = json.GetProperty("errors")[0];
        Assert.Equal("broken", error.GetProperty("path")[0].GetString());
        Assert.DoesNotContain("secret", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
