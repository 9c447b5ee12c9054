using System.Text.Json;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Tests.Support;

/// <summary>Small helpers to run documents through a real <see cref="RequestExecutor"/>.</summary>
public static class TestExecution
{
    public static async Task<ExecutionResult> ExecuteAsync(
        Schema schema, string query, object? variables = null, ExecutionOptions? options = null, object? rootValue = null, CancellationToken cancellationToken = default)
    {
        var executor = new RequestExecutor(schema, options);
        return await executor.ExecuteAsync(
            new GraphQLRequest { Query = query, Variables = ToVariables(variables), RootValue = rootValue },
            cancellationToken);
    }

    public static IReadOnlyDictionary<string, object?>? ToVariables(object? variables) => variables switch
    {
        null => null,
        string json => VariableValues.FromJson(JsonDocument.Parse(json).RootElement),
        _ => VariableValues.FromJson(JsonSerializer.SerializeToElement(variables)),
    };

    /// <summary>Normalizes a JSON text (compact, same property order) for comparisons.</summary>
    public static string Normalize(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
