using MemberInsights.Api.Assistant.Answering;
using MemberInsights.Api.Assistant.Routing;
using MemberInsights.Api.Catalog;

namespace MemberInsights.Api.Assistant.Tools;

/// <summary>METRIC_DEFINITION: the governed definition of a metric (MetricDictionary.FindAsync).</summary>
public sealed class MetricDefinitionTool(MetricDictionary dictionary) : IAssistantToolHandler
{
    /// <inheritdoc />
    public AssistantTool Tool => AssistantTool.MetricDefinition;

    /// <inheritdoc />
    public async Task<ToolAnswer> RunAsync(ToolCall call, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        var definition = await dictionary.FindAsync(call.Metric!, ct).ConfigureAwait(false);
        if (definition is null)
        {
            return new ToolAnswer($"The metric dictionary holds no metric named {call.Metric}.", null, null, 0);
        }

        var answer = $"{definition.DisplayName} ({definition.Name}): {definition.Description} "
            + $"Formula: {definition.Formula}. Unit: {definition.Unit}. Grain: {definition.Grain}. "
            + $"Source: {definition.SourceTable}, owned by {definition.Owner}. Caveats: {definition.Caveats}";
        return new ToolAnswer(answer, definition, null, 1);
    }
}
