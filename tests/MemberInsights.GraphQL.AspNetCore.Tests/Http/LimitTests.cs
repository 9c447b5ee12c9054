using System.Net;
using System.Text;
using MemberInsights.GraphQL.AspNetCore.Tests.Hosting;

namespace MemberInsights.GraphQL.AspNetCore.Tests.Http;

/// <summary>Request size limits: body (413) and GET query length (414).</summary>
public sealed class LimitTests : IAsyncLifetime
{
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GraphQLTestServer.StartAsync(options =>
    {
        options.MaxRequestBodySize = 2048;
        options.MaxGetQueryLength = 512;
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var query = "{ hello " + new string(' ', 4096) + "}";

        var response = await _server.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413()
    {
        var body = "{\"query\":\"{ hello " + new string(' ', 4096) + "}\"}";
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_under_the_limit_runs()
    {
        await (await _server.PostQueryAsync("{ hello " + new string(' ', 1024) + "}")).AssertGraphQLAsync(200);
    }

    [Fact]
    public async Task A_get_query_over_the_limit_is_414_with_a_hint()
    {
        var query = "{ hello " + new string(' ', 600) + "}";

        var response = await _server.GetAsync("/graphql?query=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        var json = await response.ReadJsonAsync();
        Assert.Equal("QUERY_TOO_LONG", json.FirstErrorCode());
        Assert.Contains("POST", json.FirstErrorMessage(), StringComparison.Ordinal);
    }
}
