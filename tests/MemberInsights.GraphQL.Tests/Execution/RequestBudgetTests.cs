using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Tests.Execution;

/// <summary>The time budget covers every phase, and the executor counts a request in flight until all its work has ended.</summary>
public sealed class RequestBudgetTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_budget_that_ends_before_execution_is_a_timeout_request_error_and_nothing_is_cached()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int }").Build();
        var executor = new RequestExecutor(schema, new ExecutionOptions { ExecutionTimeout = TimeSpan.Zero });
        var wide = "{ " + string.Concat(Enumerable.Range(0, 1500).Select(i => $"a{i}: a ")) + "}";

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = wide });

        Assert.Equal(RequestErrorKind.Timeout, result.RequestError);
        Assert.Equal(ErrorCodes.Timeout, Assert.Single(result.Errors!).Code);
        Assert.Equal("The request used up its time budget of 0 s before execution started.", result.Errors![0].Message);
        Assert.Equal(0, executor.Documents.Count);
        Assert.Equal(0, executor.OperationsInFlight);
    }

    [Fact]
    public async Task The_caller_cancelling_during_validation_throws_instead_of_answering()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int }").Build();
        var executor = new RequestExecutor(schema);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            executor.ExecuteAsync(new GraphQLRequest { Query = "{ " + string.Concat(Enumerable.Repeat("a ", 1500)) + "}" }, cancelled.Token));
        Assert.Equal(0, executor.OperationsInFlight);
    }

    [Fact]
    public async Task A_resolver_that_ignores_its_token_keeps_the_request_in_flight_until_it_returns()
    {
        var started = new TaskCompletionSource();
        var release = new TaskCompletionSource<object?>();
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { stubborn: Int quick: Int }")
            .BindResolver("Query", "stubborn", _ =>
            {
                started.TrySetResult();
                return new ValueTask<object?>(release.Task);
            })
            .BindResolver("Query", "quick", _ => 1)
            .Build();
        var executor = new RequestExecutor(schema, new ExecutionOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ stubborn quick }" }).WaitAsync(Guard);

        Assert.Equal(ErrorCodes.Timeout, Assert.Single(result.Errors!).Code);
        Assert.Equal(1, executor.OperationsInFlight);
        var idle = executor.WhenIdleAsync();
        Assert.False(idle.IsCompleted);
        release.SetResult(7);
        await idle.WaitAsync(Guard);
        Assert.Equal(0, executor.OperationsInFlight);
    }

    [Fact]
    public async Task A_long_list_that_completes_synchronously_stops_when_the_budget_ends()
    {
        static IEnumerable<int> Items(CancellationToken budget)
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                if (i == 1_500)
                {
                    budget.WaitHandle.WaitOne(Guard);
                }

                yield return i;
            }
        }

        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { items: [Int!] other: Int }")
            .BindResolver("Query", "items", context => Items(context.CancellationToken))
            .BindResolver("Query", "other", _ => 1)
            .Build();
        var executor = new RequestExecutor(schema, new ExecutionOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ other items }" }).WaitAsync(Guard);

        Assert.Equal("""{"errors":[{"message":"Execution timed out.","locations":[{"line":1,"column":9}],"path":["items"],"extensions":{"code":"TIMEOUT"}}],"data":{"other":1,"items":null}}""", result.ToJson());
    }
}
