using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Language.Ast;

namespace MemberInsights.GraphQL.AspNetCore.Logging;

/// <summary>
/// Names the operation a request ran, for the log line: the engine's result does not say which
/// operation it executed, so it is looked up in the executor's document cache by the text's hash.
/// </summary>
internal static class OperationDescription
{
    public static (string? Name, string? Type) Of(IRequestExecutor executor, string documentHash, string? operationName)
    {
        if (executor is not RequestExecutor { Documents: var documents } || !documents.TryGet(documentHash, out var prepared) || prepared is null)
        {
            return (operationName, null);
        }

        OperationDefinitionNode? selected = null;
        foreach (var definition in prepared.Document.Definitions)
        {
            if (definition is OperationDefinitionNode operation
                && (string.IsNullOrEmpty(operationName) ? selected is null : operation.Name?.Value == operationName))
            {
                selected = operation;
                if (!string.IsNullOrEmpty(operationName))
                {
                    break;
                }
            }
        }

        return selected is null
            ? (operationName, null)
            : (selected.Name?.Value ?? operationName, selected.Operation.ToString().ToLowerInvariant());
    }
}
