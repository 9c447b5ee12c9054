using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>
/// The schema the HTTP tests run against: the engine's SchemaBuilder with an SDL and static
/// resolvers, plus hooks that let a test see a resolver start and get cancelled.
/// </summary>
public sealed class TestSchema
{
    public const string Sdl = """
        type Query {
          "Greets someone."
          hello(name: String = "world"): String!
          double(value: Int!): Int!
          "Always fails with an unexpected exception."
          broken: String
          "Runs until the request is cancelled."
          waitForCancellation: String
        }

        type Mutation {
          increment: Int!
        }
        """;

    private int _mutationCount;

    public int MutationCount => Volatile.Read(ref _mutationCount);

    public TaskCompletionSource WaitStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource<bool> WaitCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Schema Build() => new SchemaBuilder()
        .AddTypeDefinitions(Sdl)
        .BindResolver("Query", "hello", context => $"Hello, {context.Argument<string>("name")}!")
        .BindResolver("Query", "double", context => context.Argument<int>("value") * 2)
        .BindResolver("Query", "broken", object? (_) => throw new InvalidOperationException("secret detail"))
        .BindResolver("Query", "waitForCancellation", WaitForCancellationAsync)
        .BindResolver("Mutation", "increment", _ => Interlocked.Increment(ref _mutationCount))
        .RequireResolvers()
        .Build();

    public IRequestExecutor CreateExecutor() => new RequestExecutor(Build());

    private async ValueTask<object?> WaitForCancellationAsync(IResolverContext context)
    {
        WaitStarted.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "not cancelled";
        }
        catch (OperationCanceledException)
        {
            WaitCancelled.TrySetResult(true);
            throw;
        }
    }
}
