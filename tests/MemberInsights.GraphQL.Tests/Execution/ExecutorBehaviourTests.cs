using System.Collections.Concurrent;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Tests.Support;
using MemberInsights.GraphQL.Types;
using Microsoft.Extensions.Logging;

namespace MemberInsights.GraphQL.Tests.Execution;

public sealed class ExecutorBehaviourTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Async_sibling_fields_run_concurrently()
    {
        var started = 0;
        var bothStarted = new TaskCompletionSource();
        async ValueTask<object?> Resolver(IResolverContext context)
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }

            await bothStarted.Task.WaitAsync(Guard);
            return context.Field.Name;
        }

        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: String b: String }")
            .BindResolver("Query", "a", Resolver).BindResolver("Query", "b", Resolver).Build();

        var result = await TestExecution.ExecuteAsync(schema, "{ a b }");

        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", result.ToJson());
    }

    [Fact]
    public async Task Mutation_root_fields_run_serially_in_document_order()
    {
        var log = new ConcurrentQueue<string>();
        var running = 0;
        async ValueTask<object?> Resolver(IResolverContext context)
        {
            Assert.Equal(1, Interlocked.Increment(ref running));
            log.Enqueue("start " + context.Path);
            await Task.Yield();
            log.Enqueue("end " + context.Path);
            Interlocked.Decrement(ref running);
            return context.Argument<int>("n");
        }

        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int } type Mutation { bump(n: Int!): Int }")
            .BindResolver("Mutation", "bump", Resolver).Build();

        var result = await TestExecution.ExecuteAsync(schema, "mutation { x: bump(n: 1) y: bump(n: 2) z: bump(n: 3) }");

        Assert.Equal("""{"data":{"x":1,"y":2,"z":3}}""", result.ToJson());
        Assert.Equal(["start x", "end x", "start y", "end y", "start z", "end z"], log);
    }

    [Fact]
    public async Task Unexpected_exceptions_are_masked_logged_and_correlated()
    {
        var logger = new ListLogger();
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { secret: Int ok: Int }")
            .BindResolver("Query", "secret", _ => throw new InvalidOperationException("connection string leaked"))
            .BindResolver("Query", "ok", _ => 1).Build();

        var result = await new RequestExecutor(schema, logger: logger).ExecuteAsync(new GraphQLRequest { Query = "{ secret ok }" });

        var error = Assert.Single(result.Errors!);
        Assert.Equal("Unexpected Execution Error", error.Message);
        Assert.Equal(ErrorCodes.InternalServerError, error.Code);
        Assert.DoesNotContain("leaked", result.ToJson(), StringComparison.Ordinal);
        Assert.Contains("\"ok\":1", result.ToJson(), StringComparison.Ordinal);
        var correlationId = (string)error.Extensions!["correlationId"]!;
        var entry = Assert.Single(logger.Entries);
        Assert.Contains(correlationId, entry.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(entry.Exception);
    }

    [Fact]
    public async Task Exception_details_are_included_only_when_enabled()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { secret: Int }")
            .BindResolver("Query", "secret", _ => throw new InvalidOperationException("detail")).Build();

        var result = await TestExecution.ExecuteAsync(schema, "{ secret }", options: new ExecutionOptions { IncludeExceptionDetails = true });

        Assert.Contains("\"message\":\"detail\"", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_returned_through_the_synchronous_overload_is_an_error_that_names_the_mistake()
    {
        static async ValueTask<int> Five()
        {
            await Task.Yield();
            return 5;
        }

        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int b: Int c: Int }")
            .BindResolver("Query", "a", _ => Five())
            .BindResolver("Query", "b", _ => (object)Task.FromResult(6))
            .BindResolver("Query", "c", _ => Task.FromResult(7))
            .Build();

        var result = await TestExecution.ExecuteAsync(schema, "{ a b c }", options: new ExecutionOptions { IncludeExceptionDetails = true });

        Assert.Equal(["a", "b"], result.Errors!.Select(e => (string)e.Path![0]));
        Assert.Contains("The resolver of Query.a returned a task from the synchronous BindResolver overload", result.ToJson(), StringComparison.Ordinal);
        Assert.Equal(7, result.Data!["c"]);
    }

    [Fact]
    public async Task GraphQLException_reaches_the_client_with_its_code_and_path()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { cohort: C } type C { size: Int! }")
            .BindResolver("Query", "cohort", _ => new object())
            .BindResolver("C", "size", _ => throw new GraphQLException("Cohort month must be in the past.", ErrorCodes.BadUserInput)).Build();

        var result = await TestExecution.ExecuteAsync(schema, "{ cohort { size } }");

        Assert.Equal(
            """{"errors":[{"message":"Cohort month must be in the past.","locations":[{"line":1,"column":12}],"path":["cohort","size"],"extensions":{"code":"BAD_USER_INPUT"}}],"data":{"cohort":null}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Resolvers_can_report_errors_and_still_return_data()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { partial: Int }")
            .BindResolver("Query", "partial", ctx =>
            {
                ctx.ReportError("One shard was unavailable.", "PARTIAL_DATA");
                return 5;
            }).Build();

        var result = await TestExecution.ExecuteAsync(schema, "{ partial }");

        Assert.Equal(5, result.Data!["partial"]);
        Assert.Equal("PARTIAL_DATA", Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Cancellation_reaches_resolvers_and_aborts_the_request()
    {
        var resolverStarted = new TaskCompletionSource();
        var resolverSawCancellation = new TaskCompletionSource<bool>();
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { slow: Int }")
            .BindResolver<object?>("Query", "slow", async ctx =>
            {
                resolverStarted.SetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
                }
                catch (OperationCanceledException)
                {
                    resolverSawCancellation.SetResult(true);
                    throw;
                }

                return (object?)1;
            }).Build();
        using var aborted = new CancellationTokenSource();

        var execution = new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ slow }" }, aborted.Token);
        await resolverStarted.Task.WaitAsync(Guard);
        await aborted.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => execution);
        Assert.True(await resolverSawCancellation.Task.WaitAsync(Guard));
    }

    [Fact]
    public async Task The_execution_timeout_cancels_resolvers_and_reports_a_timeout_error()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { slow: Int fast: Int }")
            .BindResolver<object?>("Query", "slow", async ctx =>
            {
                await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
                return (object?)1;
            })
            .BindResolver("Query", "fast", _ => 2).Build();

        var result = await TestExecution.ExecuteAsync(schema, "{ slow fast }", options: new ExecutionOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        Assert.Equal(ErrorCodes.Timeout, Assert.Single(result.Errors!).Code);
        Assert.Equal(2, result.Data!["fast"]);
        Assert.Null(result.Data["slow"]);
    }

    [Fact]
    public async Task The_timeout_answers_even_when_a_resolver_ignores_its_token()
    {
        var never = new TaskCompletionSource<object?>();
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { stuck: Int fast: Int }")
            .BindResolver<object?>("Query", "stuck", _ => never.Task)
            .BindResolver("Query", "fast", _ => 2).Build();

        var result = await TestExecution.ExecuteAsync(schema, "{ stuck fast }", options: new ExecutionOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) })
            .WaitAsync(Guard);

        Assert.Equal(ErrorCodes.Timeout, Assert.Single(result.Errors!).Code);
        Assert.Equal(2, result.Data!["fast"]);
    }

    [Fact]
    public async Task After_a_timeout_no_further_mutation_starts()
    {
        var never = new TaskCompletionSource<object?>();
        var bumps = 0;
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int } type Mutation { stuck: Int bump: Int }")
            .BindResolver<object?>("Mutation", "stuck", _ => never.Task)
            .BindResolver("Mutation", "bump", _ => Interlocked.Increment(ref bumps)).Build();

        var result = await TestExecution.ExecuteAsync(schema, "mutation { stuck bump }", options: new ExecutionOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) })
            .WaitAsync(Guard);

        Assert.Equal(ErrorCodes.Timeout, Assert.Single(result.Errors!).Code);
        Assert.Equal(0, Volatile.Read(ref bumps));
        Assert.Null(result.Data!["bump"]);
    }

    [Fact]
    public async Task Typed_arguments_convert_input_objects_enums_and_lists()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                enum Variant { BASELINE RELEASE_CANDIDATE }
                input Filter { variant: Variant!, months: [Int!]!, limit: Int = 10 }
                type Query { describe(filter: Filter!): String }
                """)
            .BindEnum<Variant>("Variant")
            .BindResolver("Query", "describe", ctx =>
            {
                var filter = ctx.Argument<FilterInput>("filter")!;
                return $"{filter.Variant} {string.Join('+', filter.Months)} {filter.Limit}";
            }).Build();

        var result = await TestExecution.ExecuteAsync(schema, "query($m: [Int!]!) { describe(filter: { variant: RELEASE_CANDIDATE, months: $m }) }", """{"m": [1, 2]}""");

        Assert.Equal("""{"data":{"describe":"ReleaseCandidate 1+2 10"}}""", result.ToJson());
    }

    [Fact]
    public async Task Enum_results_accept_bound_csharp_enums()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("enum Variant { BASELINE RELEASE_CANDIDATE } type Query { v: [Variant] }")
            .BindEnum<Variant>("Variant")
            .BindResolver("Query", "v", _ => new[] { Variant.ReleaseCandidate, Variant.Baseline }).Build();

        var result = await TestExecution.ExecuteAsync(schema, "{ v }");

        Assert.Equal("""{"data":{"v":["RELEASE_CANDIDATE","BASELINE"]}}""", result.ToJson());
    }

    [Fact]
    public async Task Abstract_types_resolve_by_clr_type_name_is_type_of_or_hook()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("interface Node { id: ID! } type Member implements Node { id: ID! } type Cohort implements Node { id: ID! } union Any = Member | Cohort type Query { nodes: [Node] any: [Any] }")
            .BindResolver("Query", "nodes", _ => new object[] { new Member("m1"), new Cohort("c1") })
            .BindResolver("Query", "any", _ => new object[] { new Member("m2"), "c2" })
            .ResolveType("Any", (value, _) => value is string ? "Cohort" : null)
            .BindResolver("Cohort", "id", ctx => ctx.Parent is Cohort c ? c.Id : ctx.Parent)
            .Build();

        var result = await TestExecution.ExecuteAsync(schema, "{ nodes { __typename id } any { __typename ... on Cohort { id } } }");

        Assert.Equal(
            """{"data":{"nodes":[{"__typename":"Member","id":"m1"},{"__typename":"Cohort","id":"c1"}],"any":[{"__typename":"Member"},{"__typename":"Cohort","id":"c2"}]}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Request_errors_have_no_data_and_say_why()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int } type Mutation { m: Int }").Build();
        var executor = new RequestExecutor(schema);

        var syntax = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a" });
        var validation = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ nope }" });
        var unknownOperation = await executor.ExecuteAsync(new GraphQLRequest { Query = "query A { a }", OperationName = "B" });
        var notAllowed = await executor.ExecuteAsync(new GraphQLRequest { Query = "mutation { m }", AllowedOperations = AllowedOperations.Query });
        var missing = await executor.ExecuteAsync(new GraphQLRequest());

        Assert.Equal(RequestErrorKind.Syntax, syntax.RequestError);
        Assert.Equal("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":4}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""", syntax.ToJson());
        Assert.Equal(RequestErrorKind.Validation, validation.RequestError);
        Assert.False(validation.HasData);
        Assert.Equal(RequestErrorKind.OperationResolution, unknownOperation.RequestError);
        Assert.Equal("Unknown operation named \"B\".", Assert.Single(unknownOperation.Errors!).Message);
        Assert.Equal(RequestErrorKind.OperationNotAllowed, notAllowed.RequestError);
        Assert.Equal(ErrorCodes.OperationNotAllowed, Assert.Single(notAllowed.Errors!).Code);
        Assert.Equal(RequestErrorKind.InvalidRequest, missing.RequestError);
    }

    [Fact]
    public async Task Repeated_documents_skip_parse_and_validation_through_the_cache()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int }").BindResolver("Query", "a", _ => 1).Build();
        var executor = new RequestExecutor(schema, new ExecutionOptions { DocumentCacheSize = 2 });

        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a }" });
        var first = executor.Prepare("{ a }");
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a }" });
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ b: a }" });
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ c: a }" });

        Assert.Equal(2, executor.Documents.Hits);
        Assert.Equal(3, executor.Documents.Misses);
        Assert.Equal(2, executor.Documents.Count);
        Assert.Equal(DocumentCacheHash("{ a }"), first.Hash);
        Assert.False(executor.Documents.TryGet(first.Hash, out _));
    }

    [Fact]
    public async Task The_result_names_the_document_hash_and_the_operation_it_ran()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int } type Mutation { b: Int }")
            .BindResolver("Query", "a", _ => 1).BindResolver("Mutation", "b", _ => 2).Build();
        var executor = new RequestExecutor(schema);
        const string document = "query First { a } mutation Second { b }";

        var ran = await executor.ExecuteAsync(new GraphQLRequest { Query = document, OperationName = "Second" });
        var unknown = await executor.ExecuteAsync(new GraphQLRequest { Query = document, OperationName = "Third" });
        var syntax = await executor.ExecuteAsync(new GraphQLRequest { Query = "{" });

        Assert.Equal(DocumentCacheHash(document), ran.DocumentHash);
        Assert.Equal("Second", ran.Operation!.Name!.Value);
        Assert.Equal(DocumentCacheHash(document), unknown.DocumentHash);
        Assert.Null(unknown.Operation);
        Assert.Null(syntax.DocumentHash);
    }

    private static string DocumentCacheHash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private enum Variant
    {
        Baseline,
        ReleaseCandidate,
    }

    private sealed record FilterInput(Variant Variant, int[] Months, int Limit);

    private sealed record Member(string Id);

    private sealed record Cohort(string Id);

    private sealed class ListLogger : ILogger
    {
        public ConcurrentQueue<(string Message, Exception? Exception)> Entries { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Enqueue((formatter(state, exception), exception));
    }
}
