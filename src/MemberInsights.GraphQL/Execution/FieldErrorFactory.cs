using MemberInsights.GraphQL.Execution.Coercion;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;
using Microsoft.Extensions.Logging;

namespace MemberInsights.GraphQL.Execution;

/// <summary>
/// Turns exceptions raised while resolving or completing a field into response errors. Unexpected
/// exceptions are masked as "Unexpected Execution Error" with a correlation id; the detail is logged.
/// </summary>
internal sealed partial class FieldErrorFactory(ILogger logger, bool includeExceptionDetails, Func<bool> timedOut)
{
    public const string MaskedMessage = "Unexpected Execution Error";

    public GraphQLError Create(Exception exception, IReadOnlyList<SyntaxNode> nodes, IReadOnlyList<object> path, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case ArgumentCoercionException argument:
                return Build(argument.Message, argument.Node is null ? nodes : [argument.Node], path, argument.Code, argument.Extensions, exception);
            case GraphQLException graphQL:
                return Build(graphQL.Message, nodes, path, graphQL.Code, graphQL.Extensions, exception);
            case ScalarCoercionException or CompletionException:
                return Build(exception.Message, nodes, path, ErrorCodes.InternalServerError, null, exception);
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return timedOut()
                    ? Build("Execution timed out.", nodes, path, ErrorCodes.Timeout, null, exception)
                    : Build("The request was cancelled.", nodes, path, ErrorCodes.Cancelled, null, exception);
        }

        var correlationId = Guid.NewGuid().ToString("N");
        LogUnexpected(logger, exception, correlationId, string.Join('.', path));
        var extensions = new Dictionary<string, object?>(3)
        {
            ["code"] = ErrorCodes.InternalServerError,
            ["correlationId"] = correlationId,
        };
        if (includeExceptionDetails)
        {
            extensions["exception"] = new Dictionary<string, object?>
            {
                ["type"] = exception.GetType().FullName,
                ["message"] = exception.Message,
                ["stackTrace"] = exception.StackTrace,
            };
        }

        return new GraphQLError(MaskedMessage, nodes, path, extensions, exception);
    }

    private static GraphQLError Build(
        string message,
        IReadOnlyList<SyntaxNode> nodes,
        IReadOnlyList<object> path,
        string code,
        IReadOnlyDictionary<string, object?>? extra,
        Exception exception)
    {
        var extensions = new Dictionary<string, object?>((extra?.Count ?? 0) + 1);
        if (extra is not null)
        {
            foreach (var (key, value) in extra)
            {
                extensions[key] = value;
            }
        }

        extensions["code"] = code;
        return new GraphQLError(message, nodes, path, extensions, exception);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected execution error {CorrelationId} at {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string correlationId, string path);
}

/// <summary>A value could not be completed (null for non-null, not a list, unresolvable abstract type).</summary>
internal sealed class CompletionException(string message) : Exception(message);

/// <summary>Carries a null up to the nearest nullable parent after the error was recorded.</summary>
internal sealed class PropagatedNullException : Exception;
