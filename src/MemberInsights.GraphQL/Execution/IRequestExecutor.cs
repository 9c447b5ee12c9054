using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Execution;

/// <summary>Executes GraphQL requests against one schema: parse (cached), validate (cached), coerce variables, execute.</summary>
public interface IRequestExecutor
{
    /// <summary>The schema requests run against.</summary>
    Schema Schema { get; }

    /// <summary>The request's time budget, which also bounds writing the response; null for none.</summary>
    TimeSpan? Timeout => null;

    /// <summary>Executes a request. Throws <see cref="OperationCanceledException"/> only when <paramref name="cancellationToken"/> is cancelled.</summary>
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default);
}
