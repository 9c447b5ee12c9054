using System.Diagnostics.CodeAnalysis;

namespace MemberInsights.GraphQL.AspNetCore.PersistedOperations;

/// <summary>The store when no operations directory is configured: every id is unknown.</summary>
internal sealed class EmptyPersistedOperationStore : IPersistedOperationStore
{
    public static readonly EmptyPersistedOperationStore Instance = new();

    public bool TryGet(string id, [NotNullWhen(true)] out PersistedOperation? operation)
    {
        operation = null;
        return false;
    }
}
