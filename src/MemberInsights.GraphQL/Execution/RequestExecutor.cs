using System.Runtime.CompilerServices;
using MemberInsights.GraphQL.Execution.Authorization;
using MemberInsights.GraphQL.Execution.Coercion;
using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MemberInsights.GraphQL.Execution;

/// <summary>
/// The request pipeline: document cache (SHA-256 of the text) → parse → validate → select the
/// operation → check the allowed operation types → coerce variables → execute with a timeout.
/// Thread-safe; create one per schema and reuse it.
/// </summary>
public sealed class RequestExecutor : IRequestExecutor
{
    private readonly ExecutionOptions _options;
    private readonly ParserOptions _parserOptions;
    private readonly ValidationOptions _validationOptions;
    private readonly ILogger _logger;
    private readonly ConditionalWeakTable<DocumentNode, PreparedDocument> _preParsed = new();

    /// <summary>Creates an executor for <paramref name="schema"/>.</summary>
    public RequestExecutor(Schema schema, ExecutionOptions? options = null, ILogger? logger = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        _options = options ?? new ExecutionOptions();
        _parserOptions = _options.ToParserOptions();
        _validationOptions = _options.ToValidationOptions();
        _logger = logger ?? NullLogger.Instance;
        Documents = new DocumentCache(_options.DocumentCacheSize);
    }

    /// <inheritdoc />
    public Schema Schema { get; }

    /// <summary>The cache of parsed and validated documents.</summary>
    public DocumentCache Documents { get; }

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
    public PreparedDocument Prepare(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hash = DocumentCache.HashOf(query);
        if (Documents.TryGet(hash, out var cached))
        {
            return cached!;
        }

        var document = Parser.Parse(query, _parserOptions);
        var prepared = new PreparedDocument(hash, document, DocumentValidator.Validate(Schema, document, _validationOptions));
        Documents.Add(prepared);
        return prepared;
    }

    private async Task<ExecutionResult> ExecuteCoreAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        PreparedDocument prepared;
        try
        {
            if (request.Document is { } document)
            {
                prepared = _preParsed.GetValue(document, d => new PreparedDocument(string.Empty, d, DocumentValidator.Validate(Schema, d, _validationOptions)));
            }
            else if (!string.IsNullOrEmpty(request.Query))
            {
                prepared = Prepare(request.Query);
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

        var result = await ExecutePreparedAsync(request, prepared, cancellationToken).ConfigureAwait(false);
        result.DocumentHash = prepared.Hash.Length == 0 ? null : prepared.Hash;
        return result;
    }

    private async Task<ExecutionResult> ExecutePreparedAsync(GraphQLRequest request, PreparedDocument prepared, CancellationToken cancellationToken)
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

        var result = await ExecuteOperationAsync(request, prepared, operation, cancellationToken).ConfigureAwait(false);
        result.Operation = operation;
        return result;
    }

    private async Task<ExecutionResult> ExecuteOperationAsync(
        GraphQLRequest request, PreparedDocument prepared, OperationDefinitionNode operation, CancellationToken cancellationToken)
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

        return await ExecuteRootAsync(request, prepared, operation, rootType, variables, authorization, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ExecutionResult> ExecuteRootAsync(
        GraphQLRequest request,
        PreparedDocument prepared,
        OperationDefinitionNode operation,
        ObjectType rootType,
        IReadOnlyDictionary<string, object?> variables,
        RequestAuthorization? authorization,
        CancellationToken cancellationToken)
    {
        using var timeout = _options.ExecutionTimeout is { } limit ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        timeout?.CancelAfter(_options.ExecutionTimeout!.Value);
        var token = timeout?.Token ?? cancellationToken;
        var errorFactory = new FieldErrorFactory(_logger, _options.IncludeExceptionDetails, () => !cancellationToken.IsCancellationRequested);
        var context = new ExecutionContext(
            Schema, operation, prepared.Fragments, variables, prepared.Plans, request.RequestServices ?? EmptyServices.Instance, errorFactory, token)
        {
            Authorization = authorization,
        };
        var data = await new OperationExecutor(context)
            .ExecuteRootAsync(rootType, request.RootValue, operation.Operation == OperationType.Mutation)
            .ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
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
