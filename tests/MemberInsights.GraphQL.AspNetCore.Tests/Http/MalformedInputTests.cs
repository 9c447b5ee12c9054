using System.Net.Http.Headers;
using System.Text;
using MemberInsights.GraphQL.AspNetCore.Tests.Hosting;

namespace MemberInsights.GraphQL.AspNetCore.Tests.Http;

/// <summary>Bytes that are not UTF-8, strings that are not Unicode and parameters sent twice are the client's error: 400 saying what and where.</summary>
public sealed class MalformedInputTests : IAsyncLifetime
{
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GraphQLTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string, byte[], string> InvalidUtf8Bodies => new()
    {
        { "a lone continuation byte", [0x80], "an invalid sequence, bytes 0x80 at byte offset 26 (line 1, column 27)" },
        { "an overlong slash", [0xC0, 0xAF], "an overlong encoding, bytes 0xC0 0xAF at byte offset 26 (line 1, column 27)" },
        { "an overlong three-byte form", [0xE0, 0x80, 0xAF], "an overlong encoding, bytes 0xE0 0x80 0xAF at byte offset 26 (line 1, column 27)" },
        { "a CESU-8 surrogate", [0xED, 0xA0, 0x80], "an encoded UTF-16 surrogate (CESU-8), bytes 0xED 0xA0 0x80 at byte offset 26 (line 1, column 27)" },
        { "a code point above U+10FFFF", [0xF4, 0x90, 0x80, 0x80], "a code point above U+10FFFF, bytes 0xF4 0x90 0x80 0x80 at byte offset 26 (line 1, column 27)" },
        { "a truncated sequence", [0xE2, 0x82], "a truncated sequence, bytes 0xE2 0x82 at byte offset 26 (line 1, column 27)" },
    };

    [Theory]
    [MemberData(nameof(InvalidUtf8Bodies))]
    public async Task A_body_with_invalid_utf8_is_400_saying_what_and_where(string what, byte[] bad, string expected)
    {
        Assert.NotEmpty(what);
        var body = Encoding.UTF8.GetBytes("{\"query\":\"{ hello(name: \\\"").Concat(bad).Concat(Encoding.UTF8.GetBytes("\\\") }\"}")).ToArray();

        using var response = await PostBytesAsync(body);

        var json = await response.AssertGraphQLAsync(400);
        Assert.Equal("MALFORMED_REQUEST", json.FirstErrorCode());
        Assert.Equal($"The request body is not valid UTF-8: {expected}.", json.FirstErrorMessage());
    }

    [Theory]
    [InlineData("{\"query\":\"{ hello(name: \\\"\\ud800\\\") }\"}", 9)]
    [InlineData("{\"query\":\"query ($n: String) { hello(name: $n) }\",\"variables\":{\"n\":\"a\\udfffb\"}}", 67)]
    [InlineData("{\"query\":\"{ hello }\",\"extensions\":{\"\\ud83d\":1}}", 35)]
    public async Task A_json_string_with_a_lone_surrogate_escape_is_400_with_its_position(string body, int offset)
    {
        using var response = await PostBytesAsync(Encoding.UTF8.GetBytes(body));

        var json = await response.AssertGraphQLAsync(400);
        Assert.Equal("MALFORMED_REQUEST", json.FirstErrorCode());
        Assert.StartsWith($"The request body has a string with a lone surrogate escape (\\uD800-\\uDFFF without its pair) at byte offset {offset} (line 1, column {offset + 1})", json.FirstErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lone_surrogate_escape_inside_a_graphql_string_is_a_syntax_error_with_its_location()
    {
        using var response = await _server.PostQueryAsync("{ hello(name: \"\\ud800\") }");

        var json = await response.AssertGraphQLAsync(400);
        Assert.Equal("GRAPHQL_PARSE_FAILED", json.FirstErrorCode());
        Assert.Equal("Syntax Error: Invalid Unicode escape sequence: \"\\ud800\".", json.FirstErrorMessage());
        Assert.Equal(16, json.GetProperty("errors")[0].GetProperty("locations")[0].GetProperty("column").GetInt32());
    }

    [Theory]
    [InlineData("/graphql?query=%7B%20hello(name%3A%20%22%ED%A0%80%22)%20%7D", "The query string parameter 'query' is not valid UTF-8 once percent-decoded: an encoded UTF-16 surrogate (CESU-8), bytes 0xED 0xA0 0x80 at byte offset 15 (line 1, column 16).")]
    [InlineData("/graphql?query=%7B%20hello%20%7D&variables=%7B%22a%22%3A%22%C0%AF%22%7D", "The query string parameter 'variables' is not valid UTF-8 once percent-decoded: an overlong encoding, bytes 0xC0 0xAF at byte offset 6 (line 1, column 7).")]
    [InlineData("/graphql?query=%7B%20hello%20%7D&variables=%7B%22a%22%3A%22%5Cud800%22%7D", "The 'variables' parameter has a string with a lone surrogate escape (\\uD800-\\uDFFF without its pair) at byte offset 5 (line 1, column 6): JSON strings must be Unicode text.")]
    [InlineData("/graphql?query=%7B%20hello%20%7D&query=%7B%20double(value%3A%201)%20%7D", "The query string sets the 'query' parameter more than once.")]
    public async Task A_get_request_with_bad_parameters_is_400(string url, string message)
    {
        using var response = await _server.GetAsync(url);

        var json = await response.AssertGraphQLAsync(400);
        Assert.Equal(message, json.FirstErrorMessage());
    }

    [Fact]
    public async Task A_parameter_sent_twice_in_the_body_is_400()
    {
        using var response = await _server.PostAsync("{\"query\":\"{ hello }\",\"query\":\"{ double(value: 2) }\"}");

        var json = await response.AssertGraphQLAsync(400);
        Assert.Equal("The request body sets the 'query' parameter more than once.", json.FirstErrorMessage());
    }

    [Fact]
    public async Task A_number_beyond_double_range_in_variables_is_a_coercion_error_not_a_crash()
    {
        using var response = await _server.PostAsync("{\"query\":\"query ($v: Int!) { double(value: $v) }\",\"variables\":{\"v\":1e400}}");

        var json = await response.AssertGraphQLAsync(400);
        Assert.Equal("BAD_USER_INPUT", json.FirstErrorCode());
    }

    [Theory]
    [InlineData("report", "{\"data\":{\"hello\":\"Hello, world!\"},\"extensions\":{\"cost\":{\"estimated\":0,\"maximum\":null}}}")]
    [InlineData("validate", "{\"extensions\":{\"cost\":{\"estimated\":0,\"maximum\":null}}}")]
    public async Task The_cost_header_reports_the_estimate_with_or_instead_of_the_data(string header, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ hello }\"}", Encoding.UTF8, "application/json") };
        request.Headers.Add("GraphQL-Cost", header);

        using var response = await _server.Client.SendAsync(request);

        var json = await response.AssertGraphQLAsync(200);
        Assert.Equal(expected, json.GetRawText());
    }

    [Fact]
    public async Task An_unknown_cost_header_value_is_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ hello }\"}", Encoding.UTF8, "application/json") };
        request.Headers.Add("GraphQL-Cost", "everything");

        using var response = await _server.Client.SendAsync(request);

        var json = await response.AssertGraphQLAsync(400);
        Assert.Equal("INVALID_REQUEST_PARAMETER", json.FirstErrorCode());
    }

    private Task<HttpResponseMessage> PostBytesAsync(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TryAddWithoutValidation("Accept", GraphQLMediaTypesForTests.GraphQLResponse);
        return _server.Client.SendAsync(request);
    }
}
