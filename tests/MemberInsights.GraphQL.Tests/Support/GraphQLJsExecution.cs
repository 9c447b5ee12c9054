using System.Text.Json;
using System.Text.Json.Nodes;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Tests.Support;

/// <summary>Executes the same schema, static data and document with graphql-js and with our executor.</summary>
public static class GraphQLJsExecution
{
    private const string Script = """
        const g = require('graphql');
        let s = '';
        process.stdin.on('data', d => s += d).on('end', () => {
          const c = JSON.parse(s);
          const schema = g.buildSchema(c.sdl);
          const r = g.graphqlSync({ schema, source: c.query, rootValue: c.data, variableValues: c.variables, operationName: c.operationName });
          process.stdout.write(JSON.stringify(r));
        });
        """;

    /// <summary>graphql-js's result as normalized JSON.</summary>
    public static string Reference(string sdl, string dataJson, string query, string? variablesJson = null)
    {
        var input = new JsonObject
        {
            ["sdl"] = sdl,
            ["data"] = JsonNode.Parse(dataJson),
            ["query"] = query,
            ["variables"] = variablesJson is null ? null : JsonNode.Parse(variablesJson),
        };
        return TestExecution.Normalize(GraphQLJs.Run(Script, input.ToJsonString()));
    }

    /// <summary>Our result as normalized JSON, without <c>extensions</c> on errors (graphql-js adds none).</summary>
    public static async Task<string> OursAsync(Schema schema, string dataJson, string query, string? variablesJson = null)
    {
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            RootValue = VariableValues.ToValue(JsonDocument.Parse(dataJson).RootElement),
            Variables = variablesJson is null ? null : VariableValues.FromJson(JsonDocument.Parse(variablesJson).RootElement),
        });
        var json = JsonNode.Parse(result.ToJson())!.AsObject();
        if (json["errors"] is JsonArray errors)
        {
            foreach (var error in errors)
            {
                error!.AsObject().Remove("extensions");
            }
        }

        return TestExecution.Normalize(json.ToJsonString());
    }
}
