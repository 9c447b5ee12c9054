using System.Net;
using MemberInsights.GraphQL.AspNetCore.Tests.Hosting;
using MemberInsights.GraphQL.Execution;
using Microsoft.Extensions.Logging;

namespace MemberInsights.GraphQL.AspNetCore.Tests.Http;

/// <summary>Unexpected failures become JSON errors with a correlation id; every operation logs one line.</summary>
public sealed class ErrorHandlingAndLoggingTests
{
    [Fact]
    public async Task An_unexpected_exception_is_a_500_json_error_with_a_correlation_id_and_no_detail()
    {
        await using var server = await GraphQLTestServer.StartAsync(decorate: inner => new FailingExecutor(inner.Schema));

        var response = await server.PostQueryAsync("{ hello }");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("database password", text, StringComparison.Ordinal);
        Assert.DoesNotContain("at ", text, StringComparison.Ordinal);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        var correlationId = error.GetProperty("extensions").GetProperty("correlationId").GetString();
        var logged = Assert.Single(server.Logs.Events, e => e.Level == LogLevel.Error);
        Assert.Contains(correlationId!, logged.Message, StringComparison.Ordinal);
        Assert.Equal("database password is hunter2", logged.Exception?.Message);
    }

    [Fact]
    public async Task Each_operation_logs_exactly_one_structured_line()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        await server.PostQueryAsync("query Greeting { hello }");
        await server.PostQueryAsync("{ nope }");
        await server.Logs.WaitForOperationAsync(count: 2);

        var lines = server.Logs.Events.Where(e => e.EventId.Name == "GraphQLOperation").ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("Greeting", lines[0].Properties["OperationName"]);
        Assert.Equal("query", lines[0].Properties["OperationType"]);
        Assert.Equal(200, lines[0].Properties["StatusCode"]);
        Assert.Equal(0, lines[0].Properties["ErrorCount"]);
        Assert.Matches("^[0-9a-f]{64}$", (string)lines[0].Properties["DocumentId"]!);
        Assert.IsType<double>(lines[0].Properties["DurationMs"]);
        Assert.Equal(400, lines[1].Properties["StatusCode"]);
        Assert.Equal(1, lines[1].Properties["ErrorCount"]);
    }

    private sealed class FailingExecutor(Types.Schema schema) : IRequestExecutor
    {
        public Types.Schema Schema { get; } = schema;

        public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("database password is hunter2");
    }
}
