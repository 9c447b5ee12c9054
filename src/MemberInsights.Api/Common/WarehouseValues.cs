namespace MemberInsights.Api.Common;

/// <summary>
/// The warehouse stores attribute values in snake case (<c>paid_social</c>, <c>release_candidate</c>);
/// the schema exposes them as GraphQL enum names (<c>PAID_SOCIAL</c>). One mapping both ways.
/// </summary>
public static class WarehouseValues
{
    /// <summary><c>PAID_SOCIAL</c> → <c>paid_social</c>.</summary>
    public static string FromGraphQLName(string name) => name.ToLowerInvariant();

    /// <summary><c>paid_social</c> → <c>PAID_SOCIAL</c>.</summary>
    public static string ToGraphQLName(string value) => value.ToUpperInvariant();
}
