using MemberInsights.Api.Contracts;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.Api.Common;

/// <summary>The types every surface shares.</summary>
internal sealed class CommonSurface : ISchemaSurface
{
    public void Bind(SchemaBuilder builder) => builder
        .BindEnum<Grain>("Grain")
        .BindRuntimeType<PageInfo>("PageInfo");
}
