using System.Runtime.CompilerServices;
using System.Globalization;
using MemberInsights.GraphQL.Execution.Authorization;
using MemberInsights.GraphQL.Execution.Coercion;
using MemberInsights.GraphQL.Execution.Cost;
using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MemberInsights.GraphQL.Execution;

/// <summary>
/// The request pipeline: document cache (SHA-256 of the text) → parse → validate → select the
/// operation → check the allowed operation types → coerce variables → estimate the cost → execute.
/// Every phase runs inside the request's time budget (<see cref="ExecutionOptions.ExecutionTimeout"/>)
/// and stops when it ends or the caller's token is cancelled. Thread-safe; create one per schema and reuse it.
/// </summary>
public sealed class RequestExecutor : IRequestExecutor
{
    private readonly ExecutionOptions _options;
    private readonly ParserOptions _parserOptions;
    private readonly ValidationOptions _validationOptions;
    private readonly CostOptions _costOptions;
    private readonly ILogger _logger;
    private readonly Lock _idleLock = new();
    private TaskCompletionSource? _idle;
    private int _inFlight;
    private readonly ConditionalWeakTable<DocumentNode, PreparedDocument> _preParsed = new();

    /// <summary>Creates an executor for <paramref name="schema"/>.</summary>
    public RequestExecutor(Schema schema, ExecutionOptions? options = null, ILogger? logger = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        _options = options ?? new ExecutionOptions();
        _parserOptions = _options.ToParserOptions();
        _validationOptions = _options.ToValidationOptions();
        _costOptions = _options.ToCostOptions();
        _logger = logger ?? NullLogger.Instance;
        Documents = new DocumentCache(_options.DocumentCacheSize);
    }

    /// <inheritdoc />
    public Schema Schema { get; }

    /// <summary>The cache of parsed and validated documents.</summary>
    public DocumentCache Documents { get; }

    /// <inheritdoc />
    public TimeSpan? Timeout => _options.ExecutionTimeout;

    /// <summary>
    /// Requests whose work has not ended: from the start of parsing until the last resolver they
    /// started has returned, even one the request stopped waiting for at its timeout.
    /// </summary>
    public int OperationsInFlight => Volatile.Read(ref _inFlight);

    /// <summary>Completes when no request is in flight (see <see cref="OperationsInFlight"/>).</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        lock (_idleLock)
        {
            if (Volatile.Read(ref _inFlight) == 0)
            {
                return Task.CompletedTask;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Resolver continuations must not be posted to a caller's synchronization context: batching relies on them running inline.
        return SynchronizationContext.Current is null
            ? ExecuteCoreAsync(request, cancellationToken)
            : Task.Run(() => ExecuteCoreAsync(request, cancellationToken), cancellationToken);
    }

    /// <summary>Parses and validates a document text, or returns it from the cache.</summary>
    public PreparedDocument Prepare(string query) => Prepare(query, CancellationToken.None);

    private PreparedDocument Prepare(string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hash = DocumentCache.HashOf(query);
        if (Documents.TryGet(hash, out var cached))
        {
            return cached!;
        }

        var document = Parser.Parse(query, _parserOptions, cancellationToken);
        var prepared = new PreparedDocument(hash, document, DocumentValidator.Validate(Schema, document, _validationOptions, cancellationToken));
        Documents.Add(prepared);
        return prepared;
    }

    private async Task<ExecutionResult> ExecuteCoreAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _inFlight);
        var work = new OperationWork(OperationEnded);
        using var budget = _options.ExecutionTimeout is not null ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        if (budget is not null)
        {
            var limit = _options.ExecutionTimeout!.Value;
            if (limit <= TimeSpan.Zero)
            {
                budget.Cancel();
            }
            else
            {
                budget.CancelAfter(limit);
            }
        }

        try
        {
            return await ExecuteInBudgetAsync(request, work, budget?.Token ?? cancellationToken, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && budget is { IsCancellationRequested: true })
        {
            return RequestError(
                RequestErrorKind.Timeout,
                $"The request used up its time budget of {_options.ExecutionTimeout!.Value.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s before execution started.",
                ErrorCodes.Timeout);
        }
        finally
        {
            work.Release();
        }
    }

    private async Task<ExecutionResult> ExecuteInBudgetAsync(GraphQLRequest request, OperationWork work, CancellationToken budget, CancellationToken caller)
    {
        PreparedDocument prepared;
        try
        {
            if (request.Document is { } document)
            {
                prepared = _preParsed.TryGetValue(document, out var known) ? known : Validated(document, budget);
            }
            else if (!string.IsNullOrEmpty(request.Query))
            {
                prepared = Prepare(request.Query, budget);
            }
            else
            {
                return RequestError(RequestErrorKind.InvalidRequest, "Must provide query string.", ErrorCodes.BadUserInput);
            }
        }
        catch (GraphQLSyntaxException syntax)
        {
            return ExecutionResult.FromRequestError(RequestErrorKind.Syntax, [syntax.Error]);
        }

        var result = await ExecutePreparedAsync(request, prepared, work, budget, caller).ConfigureAwait(false);
        result.DocumentHash = prepared.Hash.Length == 0 ? null : prepared.Hash;
        return result;
    }

    private PreparedDocument Validated(DocumentNode document, CancellationToken budget)
    {
        var prepared = new PreparedDocument(string.Empty, document, DocumentValidator.Validate(Schema, document, _validationOptions, budget));
        return _preParsed.GetValue(document, _ => prepared);
    }

    private void OperationEnded()
    {
        if (Interlocked.Decrement(ref _inFlight) != 0)
        {
            return;
        }

        lock (_idleLock)
        {
            if (Volatile.Read(ref _inFlight) == 0 && _idle is { } idle)
            {
                _idle = null;
                idle.TrySetResult();
            }
        }
    }

    private async Task<ExecutionResult> ExecutePreparedAsync(
        GraphQLRequest request, PreparedDocument prepared, OperationWork work, CancellationToken cancellationToken, CancellationToken caller)
    {
        if (prepared.ValidationErrors.Count > 0)
        {
            return ExecutionResult.FromRequestError(RequestErrorKind.Validation, prepared.ValidationErrors);
        }

        var operation = SelectOperation(prepared.Document, request.OperationName, out var selectionError);
        if (operation is null)
        {
            return RequestError(RequestErrorKind.OperationResolution, selectionError!, ErrorCodes.BadUserInput);
        }

        var result = await ExecuteOperationAsync(request, prepared, operation, work, cancellationToken, caller).ConfigureAwait(false);
        result.Operation = operation;
        return result;
    }

    private async Task<ExecutionResult> ExecuteOperationAsync(
        GraphQLRequest request, PreparedDocument prepared, OperationDefinitionNode operation, OperationWork work, CancellationToken cancellationToken, CancellationToken caller)
    {
        var allowed = operation.Operation switch
        {
            OperationType.Query => AllowedOperations.Query,
            OperationType.Mutation => AllowedOperations.Mutation,
            _ => AllowedOperations.Subscription,
        };
        var operationName = operation.Operation.ToString().ToLowerInvariant();
        if ((request.AllowedOperations & allowed) == 0)
        {
            return RequestError(RequestErrorKind.OperationNotAllowed, $"Operation type \"{operationName}\" is not allowed for this request.", ErrorCodes.OperationNotAllowed);
        }

        var rootType = Schema.GetRootType(operation.Operation);
        if (rootType is null || operation.Operation == OperationType.Subscription)
        {
            var message = rootType is null
                ? $"The {operationName} operation is not supported by the schema."
                : "Subscriptions are not supported by this server.";
            return ExecutionResult.FromRequestError(RequestErrorKind.OperationResolution, [new GraphQLError(message, [operation], null, Code(ErrorCodes.BadUserInput))]);
        }

        var (authorization, refusal) = await RequestAuthorization.DecideAsync(Schema, operation, prepared.Fragments, request, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var variableErrors = new List<GraphQLError>();
        var variables = VariableCoercion.Coerce(Schema, operation, request.Variables, variableErrors);
        if (variables is null)
        {
            return ExecutionResult.FromRequestError(RequestErrorKind.VariableCoercion, variableErrors);
        }

        cancellationToken.ThrowIfCancellationRequested();
        Dictionary<string, object?>? extensions = null;
        if (_options.MaxCost is not null || request.Cost != CostReport.None || request.AdmitCost is not null)
        {
            var cost = CostOf(prepared, operation, variables, cancellationToken);
            extensions = request.Cost == CostReport.None ? null : CostExtensions(cost);
            if (cost > _options.MaxCost)
            {
                var name = operation.Name is { } named ? $"Operation \"{named.Value}\"" : "The operation";
                var error = new GraphQLError(
                    $"{name} has an estimated cost of {cost.ToString(CultureInfo.InvariantCulture)}, which exceeds the maximum cost of {_options.MaxCost.Value.ToString(CultureInfo.InvariantCulture)}.",
                    [operation],
                    null,
                    new Dictionary<string, object?>(3) { ["code"] = ValidationErrorCodes.MaxCostExceeded, ["cost"] = cost, ["maxCost"] = _options.MaxCost });
                return new ExecutionResult { RequestError = RequestErrorKind.Validation, Errors = [error], Extensions = CostExtensions(cost) };
            }

            if (request.Cost == CostReport.Only)
            {
                return new ExecutionResult { Extensions = extensions };
            }

            if (request.AdmitCost?.Invoke(cost) is { } throttled)
            {
                return new ExecutionResult { RequestError = RequestErrorKind.Throttled, Errors = [throttled], Extensions = extensions };
            }
        }

        var result = await ExecuteRootAsync(request, prepared, operation, rootType, variables, work, authorization, cancellationToken, caller).ConfigureAwait(false);
        return extensions is null ? result : new ExecutionResult { Data = result.Data, HasData = true, Errors = result.Errors, Extensions = extensions };
    }

    private long CostOf(PreparedDocument prepared, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        if (operation.VariableDefinitions.Count == 0 && prepared.Costs.TryGetValue(operation, out var known))
        {
            return known;
        }

        var cost = OperationCostAnalyzer.Estimate(Schema, operation, prepared.Fragments, variables, _costOptions, cancellationToken);
        if (operation.VariableDefinitions.Count == 0)
        {
            prepared.Costs.TryAdd(operation, cost);
        }

        return cost;
    }

    private Dictionary<string, object?> CostExtensions(long cost) => new(1)
    {
        ["cost"] = new Dictionary<string, object?>(2) { ["estimated"] = cost, ["maximum"] = _options.MaxCost },
    };

    private async Task<ExecutionResult> ExecuteRootAsync(
        GraphQLRequest request,
        PreparedDocument prepared,
        OperationDefinitionNode operation,
        ObjectType rootType,
        IReadOnlyDictionary<string, object?> variables,
        OperationWork work,
        RequestAuthorization? authorization,
        CancellationToken budget,
        CancellationToken caller)
    {
        var errorFactory = new FieldErrorFactory(_logger, _options.IncludeExceptionDetails, () => !caller.IsCancellationRequested);
        var context = new ExecutionContext(
            Schema, operation, prepared.Fragments, variables, prepared.Plans, request.RequestServices ?? EmptyServices.Instance, errorFactory, work, budget)
        {
            Authorization = authorization,
        };
        var data = await new OperationExecutor(context)
            .ExecuteRootAsync(rootType, request.RootValue, operation.Operation == OperationType.Mutation)
            .ConfigureAwait(false);
        caller.ThrowIfCancellationRequested();
        var errors = context.Errors;
        return new ExecutionResult { Data = data, HasData = true, Errors = errors.Count == 0 ? null : errors };
    }

    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName, out string? error)
    {
        OperationDefinitionNode? selected = null;
        error = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (string.IsNullOrEmpty(operationName))
            {
                if (selected is not null)
                {
                    error = "Must provide operation name if query contains multiple operations.";
                    return null;
                }

                selected = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        if (selected is null)
        {
            error = string.IsNullOrEmpty(operationName) ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".";
        }

        return selected;
    }

    private static ExecutionResult RequestError(RequestErrorKind kind, string message, string code) =>
        ExecutionResult.FromRequestError(kind, [new GraphQLError(message, [], null, Code(code))]);

    private static Dictionary<string, object?> Code(string code) => new(1) { ["code"] = code };

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
