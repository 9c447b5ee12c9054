using System.Net;
using System.Text;
using MemberInsights.GraphQL.AspNetCore.Tests.Hosting;
using static MemberInsights.GraphQL.AspNetCore.Tests.Hosting.GraphQLMediaTypesForTests;

namespace MemberInsights.GraphQL.AspNetCore.Tests.Http;

/// <summary>Requests that are not well-formed GraphQL-over-HTTP requests: 4xx under every media type.</summary>
public sealed class RequestShapeTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private GraphQLTestServer Server => shared.Server;

    [Theory]
    [InlineData("NONSENSE", "MALFORMED_REQUEST")]
    [InlineData("{\"query\":", "MALFORMED_REQUEST")]
    [InlineData("", "MALFORMED_REQUEST")]
    [InlineData("[{\"query\":\"{ hello }\"}]", "MALFORMED_REQUEST")]
    [InlineData("\"{ hello }\"", "MALFORMED_REQUEST")]
    [InlineData("{\"query\":\"{ hello }\"} {}", "MALFORMED_REQUEST")]
    [InlineData("{\"qeury\":\"{ hello }\"}", "MISSING_QUERY")]
    [InlineData("{\"query\":null}", "MISSING_QUERY")]
    [InlineData("{\"query\":42}", "INVALID_REQUEST_PARAMETER")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":[7]}", "INVALID_REQUEST_PARAMETER")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":\"{}\"}", "INVALID_REQUEST_PARAMETER")]
    [InlineData("{\"query\":\"{ hello }\",\"operationName\":{}}", "INVALID_REQUEST_PARAMETER")]
    [InlineData("{\"query\":\"{ hello }\",\"extensions\":1}", "INVALID_REQUEST_PARAMETER")]
    public async Task A_malformed_body_is_400_under_both_media_types(string body, string code)
    {
        foreach (var accept in new[] { GraphQLResponse, Json })
        {
            var response = await Server.PostAsync(body, accept);

            var json = await response.AssertGraphQLAsync(400, accept);
            Assert.Equal(code, json.FirstErrorCode());
        }
    }

    [Fact]
    public async Task Null_optional_parameters_are_the_same_as_absent_ones()
    {
        var response = await Server.PostAsync("{\"query\":\"{ hello }\",\"operationName\":null,\"variables\":null,\"extensions\":null,\"unknown\":[1]}");

        await response.AssertGraphQLAsync(200);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_body_that_is_not_json_is_415(string contentType)
    {
        var response = await Server.PostAsync("{\"query\":\"{ hello }\"}", contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task A_post_without_content_type_is_415()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"query\":\"{ hello }\"}")) };

        var response = await Server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        var response = await Server.Client.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task The_endpoint_answers_with_and_without_a_trailing_slash()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/") { Content = new StringContent("{\"query\":\"{ hello }\"}", Encoding.UTF8, "application/json") };

        var response = await Server.Client.SendAsync(request);

        await response.AssertGraphQLAsync(200);
    }
}
