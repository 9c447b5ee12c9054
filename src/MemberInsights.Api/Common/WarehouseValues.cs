using System.Text;

namespace MemberInsights.Api.Common;

/// <summary>
/// The warehouse stores attribute values in snake case (<c>paid_social</c>, <c>release_candidate</c>,
/// <c>platform_health</c>); the schema exposes them as GraphQL enum names (<c>PAID_SOCIAL</c>) and the code as
/// C# enum members (<c>PlatformHealth</c>). One mapping between the three.
/// </summary>
public static class WarehouseValues
{
    /// <summary><c>PAID_SOCIAL</c> → <c>paid_social</c>.</summary>
    public static string FromGraphQLName(string name) => name.ToLowerInvariant();

    /// <summary><c>paid_social</c> → <c>PAID_SOCIAL</c>.</summary>
    public static string ToGraphQLName(string value) => value.ToUpperInvariant();

    /// <summary>A C# enum member as the warehouse stores it: <c>PlatformHealth</c> → <c>platform_health</c>.</summary>
    public static string Of<TEnum>(TEnum member)
        where TEnum : struct, Enum
    {
        var name = member.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary>The C# enum member the warehouse value names (<c>platform_health</c> → <c>PlatformHealth</c>); null when none does.</summary>
    public static TEnum? Parse<TEnum>(string value)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(member => Of(member) == value).Cast<TEnum?>().FirstOrDefault();

    /// <summary>A C# enum member as the schema names it: <c>MetricTrend</c> → <c>METRIC_TREND</c>.</summary>
    public static string GraphQLNameOf<TEnum>(TEnum member)
        where TEnum : struct, Enum => ToGraphQLName(Of(member));
}
