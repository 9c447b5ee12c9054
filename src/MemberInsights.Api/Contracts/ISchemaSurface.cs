using MemberInsights.GraphQL.Types;

namespace MemberInsights.Api.Contracts;

/// <summary>One product surface: binds its resolvers and runtime types onto the schema built from <c>schema/*.graphql</c>.</summary>
public interface ISchemaSurface
{
    /// <summary>Binds this surface's resolvers.</summary>
    void Bind(SchemaBuilder builder);
}
