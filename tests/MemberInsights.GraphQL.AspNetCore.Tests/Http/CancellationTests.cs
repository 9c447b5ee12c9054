using MemberInsights.GraphQL.AspNetCore.Tests.Hosting;

namespace MemberInsights.GraphQL.AspNetCore.Tests.Http;

/// <summary>A client that goes away cancels the execution: the resolver's token fires.</summary>
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
}
