using Microsoft.Extensions.Logging;

namespace MemberInsights.GraphQL.AspNetCore.Logging;

/// <summary>The endpoint's log events: exactly one <see cref="OperationCompleted"/> per GraphQL request.</summary>
internal static partial class OperationLog
{
    [LoggerMessage(EventId = 1, EventName = "GraphQLOperation", Level = LogLevel.Information,
        Message = "GraphQL {OperationName} {OperationType} {DocumentId} answered {StatusCode} with {ErrorCount} errors in {DurationMs:0.000} ms")]
    public static partial void OperationCompleted(
        ILogger logger, string operationName, string operationType, string documentId, int statusCode, int errorCount, double durationMs);

    [LoggerMessage(EventId = 2, EventName = "GraphQLUnexpectedError", Level = LogLevel.Error,
        Message = "GraphQL request failed unexpectedly; correlation id {CorrelationId}")]
    public static partial void UnexpectedError(ILogger logger, Exception exception, string correlationId);
}
