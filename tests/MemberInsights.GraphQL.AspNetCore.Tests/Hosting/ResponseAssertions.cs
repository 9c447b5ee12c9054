using System.Text.Json;

namespace MemberInsights.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>Reads and checks GraphQL responses.</summary>
public static class ResponseAssertions
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonDocument.Parse(text).RootElement;
        }
        catch (JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"The response ({(int)response.StatusCode}) is not JSON: {e.Message}\n{text}");
        }
    }

    public static async Task<JsonElement> AssertGraphQLAsync(this HttpResponseMessage response, int status, string mediaType = GraphQLMediaTypesForTests.GraphQLResponse)
    {
        var json = await response.ReadJsonAsync();
        Assert.True(status == (int)response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {json}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return json;
    }

    public static string FirstErrorCode(this JsonElement response) =>
        response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    public static string FirstErrorMessage(this JsonElement response) =>
        response.GetProperty("errors")[0].GetProperty("message").GetString()!;
}
