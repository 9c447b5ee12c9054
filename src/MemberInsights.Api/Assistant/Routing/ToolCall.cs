using System.Globalization;
using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;

namespace MemberInsights.Api.Assistant.Routing;

/// <summary>
/// A routed question: the curated function and its typed arguments. Arguments a tool does not take are null.
/// </summary>
/// <param name="Tool">The function.</param>
/// <param name="Metric">The governed metric's dictionary name, e.g. <c>recovery_score</c>.</param>
/// <param name="Range">The date range (for the retention matrix: the cohort months).</param>
/// <param name="Grain">The period length of a series.</param>
/// <param name="Segment">The members included.</param>
/// <param name="Experiment">The experiment's name as stored, e.g. <c>recovery_model_v5</c>.</param>
/// <param name="MaxMonthsSinceJoin">The retention matrix's last month since joining.</param>
public sealed record ToolCall(
    AssistantTool Tool,
    string? Metric = null,
    DateRangeInput? Range = null,
    Grain? Grain = null,
    SegmentInput? Segment = null,
    string? Experiment = null,
    int? MaxMonthsSinceJoin = null)
{
    /// <summary>The arguments as name/value text, in a fixed order (the trace, the audit log and the evaluation use this form).</summary>
    public IReadOnlyList<ToolArgument> Arguments()
    {
        var arguments = new List<ToolArgument>();
        Add("metric", Metric);
        Add("experiment", Experiment);
        var rangeName = Tool == AssistantTool.RetentionMatrix ? "cohorts" : "range";
        Add(rangeName + ".from", Range?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(rangeName + ".to", Range?.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("grain", Grain?.ToString().ToUpperInvariant());
        Add("maxMonthsSinceJoin", MaxMonthsSinceJoin?.ToString(CultureInfo.InvariantCulture));
        Add("segment.planTypes", Join(Segment?.PlanTypes));
        Add("segment.goals", Join(Segment?.Goals));
        Add("segment.acquisitionChannels", Join(Segment?.AcquisitionChannels));
        Add("segment.cohortMonths", Join(Segment?.CohortMonths?.Select(m => m.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        return arguments;

        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                arguments.Add(new ToolArgument(name, value));
            }
        }

        static string? Join(IEnumerable<string>? values) => values is null ? null : string.Join(",", values);
    }
}

/// <summary>One argument of a tool call, as text (the GraphQL <c>ToolArgument</c>).</summary>
/// <param name="Name">The argument's name, e.g. <c>range.from</c>.</param>
/// <param name="Value">Its value, e.g. <c>2026-10-02</c>.</param>
public sealed record ToolArgument(string Name, string Value);
