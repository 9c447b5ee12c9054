using System.Text.Json;
using MemberInsights.GraphQL.AspNetCore.Tests.Hosting;
using MemberInsights.GraphQL.Execution;

namespace MemberInsights.GraphQL.AspNetCore.Tests.Http;

/// <summary>A client that goes away cancels the execution: the resolver's token fires; so does the per-request timeout.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Aborting_the_request_cancels_the_running_resolver()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var abort = new CancellationTokenSource();

        var request = server.PostAsync("{\"query\":\"{ waitForCancellation }\"}", cancellationToken: abort.Token);
        await server.Schema.WaitStarted.Task.WaitAsync(TestTimeouts.Hang);
        await abort.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        Assert.True(await server.Schema.WaitCancelled.Task.WaitAsync(TestTimeouts.Hang));
        var logged = await server.Logs.WaitForOperationAsync();
        Assert.Equal(499, logged.Properties["StatusCode"]);
    }

    [Fact]
    public async Task A_request_over_the_execution_timeout_is_answered_with_a_timeout_error_and_partial_data()
    {
        var options = new ExecutionOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(200) };
        await using var server = await GraphQLTestServer.StartAsync(decorate: _ => new RequestExecutor(new TestSchema().Build(), options));

        using var response = await server.PostQueryAsync("{ hello waitForCancellation }");

        var json = await response.AssertGraphQLAsync(200);
        Assert.Equal("Hello, world!", json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").GetProperty("waitForCancellation").ValueKind);
        Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal(ErrorCodes.Timeout, json.FirstErrorCode());
        Assert.Equal("waitForCancellation", json.GetProperty("errors")[0].GetProperty("path")[0].GetString());
    }
}
