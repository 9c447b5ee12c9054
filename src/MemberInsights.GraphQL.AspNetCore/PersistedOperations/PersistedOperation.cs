namespace MemberInsights.GraphQL.AspNetCore.PersistedOperations;

/// <summary>A stored GraphQL document that clients execute by its id.</summary>
/// <param name="Id">The lowercase hex SHA-256 of <paramref name="Document"/>.</param>
/// <param name="Document">The GraphQL document text.</param>
/// <param name="Name">A stable human name (from the manifest), for logs and BI catalogues.</param>
/// <param name="Description">What the operation answers, from the manifest; may be empty.</param>
public sealed record PersistedOperation(string Id, string Document, string Name, string Description);
