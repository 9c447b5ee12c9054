using System.Diagnostics.CodeAnalysis;

namespace MemberInsights.GraphQL.AspNetCore.PersistedOperations;

/// <summary>Looks up persisted operations by id.</summary>
public interface IPersistedOperationStore
{
    /// <summary>Finds the operation with the given normalized id (see <see cref="DocumentId.TryNormalize"/>).</summary>
    bool TryGet(string id, [NotNullWhen(true)] out PersistedOperation? operation);
}
