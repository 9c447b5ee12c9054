using System.Collections.Concurrent;
using MemberInsights.GraphQL.Execution.Authorization;
using MemberInsights.GraphQL.Execution.Batching;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.GraphQL.Execution;

/// <summary>The state of one operation's execution: schema, operation, variables, fragments, errors and request services.</summary>
internal sealed class ExecutionContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly FieldErrorFactory _errorFactory;
    private int _cancellationReported;

    public ExecutionContext(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        ConcurrentDictionary<(ObjectType, object), FieldPlan> plans,
        IServiceProvider services,
        FieldErrorFactory errorFactory,
        OperationWork work,
        CancellationToken cancellationToken)
    {
        Work = work;
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        Plans = plans;
        Services = services;
        _errorFactory = errorFactory;
        CancellationToken = cancellationToken;
        Batching = new BatchScheduler(cancellationToken);
        RequestItems = new ConcurrentDictionary<string, object?>(StringComparer.Ordinal)
        {
            [BatchScheduler.RequestItemKey] = Batching,
        };
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public ConcurrentDictionary<(ObjectType, object), FieldPlan> Plans { get; }

    public IServiceProvider Services { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>What this request still has running, including resolvers it stopped waiting for.</summary>
    public OperationWork Work { get; }

    /// <summary>The request's authorization decisions; null when the schema has no <c>@authorize</c>.</summary>
    public RequestAuthorization? Authorization { get; init; }

    public IDictionary<string, object?> RequestItems { get; }

    public BatchScheduler Batching { get; }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }

    /// <summary>Records the error of a field or list item (once per request for cancellation).</summary>
    public void AddFieldError(Exception exception, CollectedField field, ResponsePath path)
    {
        if (exception is OperationCanceledException && CancellationToken.IsCancellationRequested
            && Interlocked.Exchange(ref _cancellationReported, 1) == 1)
        {
            return;
        }

        AddError(_errorFactory.Create(exception, field.Nodes, path.ToList(), CancellationToken));
    }
}
