using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MemberInsights.Api.Contracts;

namespace MemberInsights.Api.Tests.Support;

/// <summary>Posts GraphQL requests to the API under test and reads the response.</summary>
public static class GraphQLClient
{
    /// <summary>The role the data tests authenticate as: an analyst may use every surface.</summary>
    public const string DefaultRole = AccessRoles.Analyst;

    /// <summary>Posts <paramref name="query"/> with <paramref name="variables"/> as <paramref name="role"/>; returns the whole response body.</summary>
    public static async Task<JsonObject> PostAsync(this ApiFactory api, string query, object? variables = null, string? operationName = null, string? role = DefaultRole)
    {
        ArgumentNullException.ThrowIfNull(api);
        using var client = api.ClientFor(role);
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables, operationName });
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body) as JsonObject ?? throw new InvalidOperationException($"Not a JSON object ({(int)response.StatusCode}): {body}");
    }

    /// <summary>Posts and asserts the response has no errors; returns <c>data</c>.</summary>
    public static async Task<JsonObject> QueryAsync(this ApiFactory api, string query, object? variables = null)
    {
        var response = await api.PostAsync(query, variables);
        Assert.True(response["errors"] is null, "Unexpected errors: " + response["errors"]?.ToJsonString());
        return response["data"]!.AsObject();
    }

    /// <summary>Posts as <paramref name="caller"/> (a role or a key id) and asserts the response has no errors; returns <c>data</c>.</summary>
    public static async Task<JsonObject> AsAsync(this ApiFactory api, string caller, string query, object? variables = null)
    {
        var response = await api.PostAsync(query, variables, role: caller);
        Assert.True(response["errors"] is null, "Unexpected errors: " + response["errors"]?.ToJsonString());
        return response["data"]!.AsObject();
    }

    /// <summary>Posts and returns the single error expected; asserts its code.</summary>
    public static async Task<JsonObject> ErrorAsync(this ApiFactory api, string query, object? variables = null, string code = "BAD_USER_INPUT")
    {
        var response = await api.PostAsync(query, variables);
        var errors = response["errors"]?.AsArray();
        Assert.True(errors is { Count: > 0 }, "Expected an error, got: " + response.ToJsonString());
        var error = errors![0]!.AsObject();
        Assert.Equal(code, error["extensions"]?["code"]?.GetValue<string>());
        return error;
    }

    /// <summary>Indented JSON for snapshots.</summary>
    public static string ToIndentedJson(this JsonNode node) =>
        node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
}
