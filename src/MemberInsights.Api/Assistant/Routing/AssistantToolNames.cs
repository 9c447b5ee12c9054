using System.Text;

namespace MemberInsights.Api.Assistant.Routing;

/// <summary>The GraphQL names of the tools (<c>MetricTrend</c> → <c>METRIC_TREND</c>), as the audit log stores them.</summary>
public static class AssistantToolNames
{
    /// <summary><c>MetricTrend</c> → <c>METRIC_TREND</c>.</summary>
    public static string ToGraphQL(AssistantTool tool)
    {
        var name = tool.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}
