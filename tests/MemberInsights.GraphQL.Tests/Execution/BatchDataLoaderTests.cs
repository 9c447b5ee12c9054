using System.Collections.Concurrent;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Execution.Batching;
using MemberInsights.GraphQL.Tests.Support;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Tests.Execution;

public sealed class BatchDataLoaderTests
{
    private const string Sdl = """
        type Query { members: [Member!]! }
        type Member { id: Int! coach: Coach }
        type Coach { id: Int! name: String! mentor: Coach }
        """;

    private sealed record Member(int Id, int CoachId);

    private sealed record Coach(int Id, string Name, int? MentorId);

    private static readonly Dictionary<int, Coach> Coaches = new()
    {
        [10] = new Coach(10, "Ada", 30),
        [20] = new Coach(20, "Bo", 30),
        [30] = new Coach(30, "Cy", null),
    };

    private static Schema BuildSchema(ConcurrentQueue<int[]> batches, Func<IReadOnlyList<int>, Task>? beforeFetch = null, bool asyncRoot = false)
    {
        static List<Member> Members() => [.. Enumerable.Range(1, 6).Select(i => new Member(i, i % 2 == 0 ? 10 : 20)), new Member(7, 99)];

        async Task<IReadOnlyDictionary<int, Coach>> Fetch(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            batches.Enqueue([.. keys.Order()]);
            if (beforeFetch is not null)
            {
                await beforeFetch(keys);
            }

            await Task.Yield();
            return keys.Where(Coaches.ContainsKey).ToDictionary(key => key, key => Coaches[key]);
        }

        return new SchemaBuilder().AddTypeDefinitions(Sdl)
            .BindResolver<List<Member>>("Query", "members", async _ =>
            {
                if (asyncRoot)
                {
                    await Task.Yield();
                }

                return Members();
            })
            .BindResolver<Coach?>("Member", "coach", context =>
                context.BatchLoader<int, Coach>("coach", Fetch).LoadAsync(((Member)context.Parent!).CoachId))
            .BindResolver<Coach?>("Coach", "mentor", context => ((Coach)context.Parent!).MentorId is { } mentor
                ? context.BatchLoader<int, Coach>("coach", Fetch).LoadAsync(mentor)
                : Task.FromResult<Coach?>(null))
            .BindRuntimeType<Member>("Member")
            .BindRuntimeType<Coach>("Coach")
            .Build();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_children_of_a_list_load_in_one_batch_per_level_with_keys_deduplicated(bool asyncRoot)
    {
        var batches = new ConcurrentQueue<int[]>();

        var result = await TestExecution.ExecuteAsync(BuildSchema(batches, asyncRoot: asyncRoot), "{ members { id coach { name mentor { name mentor { name } } } } }");

        Assert.Null(result.Errors);
        Assert.Equal([[10, 20, 99], [30]], batches);
        var json = result.ToJson();
        Assert.Contains("""{"id":2,"coach":{"name":"Ada","mentor":{"name":"Cy","mentor":null}}}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"id":7,"coach":null}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_request_has_its_own_loader_and_cache()
    {
        var batches = new ConcurrentQueue<int[]>();
        var schema = BuildSchema(batches);

        await TestExecution.ExecuteAsync(schema, "{ members { coach { id } } }");
        await TestExecution.ExecuteAsync(schema, "{ members { coach { id } } }");

        Assert.Equal([[10, 20, 99], [10, 20, 99]], batches);
    }

    [Fact]
    public async Task A_failing_batch_is_a_masked_error_on_every_waiting_field()
    {
        var batches = new ConcurrentQueue<int[]>();
        var schema = BuildSchema(batches, _ => throw new InvalidOperationException("database down"));

        var result = await TestExecution.ExecuteAsync(schema, "{ members { id coach { name } } }");

        Assert.Equal(7, result.Errors!.Count);
        Assert.All(result.Errors, error => Assert.Equal(ErrorCodes.InternalServerError, error.Code));
        Assert.DoesNotContain("database down", result.ToJson(), StringComparison.Ordinal);
        Assert.Contains("""{"id":1,"coach":null}""", result.ToJson(), StringComparison.Ordinal);
        Assert.Single(batches);
    }

    [Fact]
    public async Task The_fetch_sees_the_request_cancellation()
    {
        using var cancellation = new CancellationTokenSource();
        var fetchCancelled = new TaskCompletionSource();
        async Task<IReadOnlyDictionary<int, Coach>> Fetch(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            cancellationToken.Register(() => fetchCancelled.TrySetResult());
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return new Dictionary<int, Coach>();
        }

        var schema = new SchemaBuilder().AddTypeDefinitions(Sdl)
            .BindResolver("Query", "members", _ => new List<Member> { new(1, 10) })
            .BindResolver<Coach?>("Member", "coach", context => context.BatchLoader<int, Coach>("coach", Fetch).LoadAsync(10))
            .BindRuntimeType<Member>("Member")
            .BindRuntimeType<Coach>("Coach")
            .Build();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            TestExecution.ExecuteAsync(schema, "{ members { coach { name } } }", cancellationToken: cancellation.Token));
        await fetchCancelled.Task.WaitAsync(TimeSpan.FromSeconds(20));
    }
}
