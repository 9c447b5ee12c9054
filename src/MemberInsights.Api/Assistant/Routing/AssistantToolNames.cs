using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;

namespace MemberInsights.Api.Assistant.Routing;

/// <summary>The GraphQL names of the tools (<c>MetricTrend</c> → <c>METRIC_TREND</c>), as the audit log stores them.</summary>
public static class AssistantToolNames
{
    /// <summary><c>MetricTrend</c> → <c>METRIC_TREND</c>.</summary>
    public static string ToGraphQL(AssistantTool tool) => WarehouseValues.GraphQLNameOf(tool);
}
