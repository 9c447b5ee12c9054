using System.Text.Json;
using MemberInsights.Api.Assistant.Routing;
using MemberInsights.Api.Catalog;

namespace MemberInsights.Api.Assistant;

/// <summary>What to ask the assistant (the GraphQL <c>AskInput</c>).</summary>
/// <param name="Question">A question in plain English, at most <see cref="GovernedAssistant.MaxQuestionLength"/> characters.</param>
public sealed record AskInput(string? Question);

/// <summary>Whether the assistant answered (the GraphQL <c>AskStatus</c>).</summary>
public enum AskStatus
{
    /// <summary>Routed to a curated analytical function and answered.</summary>
    Answered,

    /// <summary>Out of scope or ambiguous: nothing was computed.</summary>
    Refused,
}

/// <summary>The assistant's answer (the GraphQL <c>AskPayload</c>).</summary>
/// <param name="Status">Answered or refused.</param>
/// <param name="Answer">The answer in plain words, or why the question was refused.</param>
/// <param name="Data">The typed data the answer used (a record of the surface the tool belongs to); null when refused.</param>
/// <param name="Chart">A Vega-Lite v5 specification of the data; null when no chart fits.</param>
/// <param name="AsOf">The newest day with data, which relative dates were resolved against.</param>
/// <param name="Trace">What the assistant did.</param>
/// <param name="Suggestions">Questions the assistant can answer.</param>
public sealed record AskPayload(
    AskStatus Status,
    string Answer,
    object? Data,
    JsonElement? Chart,
    DateOnly AsOf,
    AssistantTrace Trace,
    IReadOnlyList<string> Suggestions);

/// <summary>What the assistant did to answer (the GraphQL <c>AssistantTrace</c>).</summary>
/// <param name="Tool">The function the question was routed to; null when refused.</param>
/// <param name="Arguments">The arguments it was called with.</param>
/// <param name="EstimatedTokens">ceil(characters of question and answer / 4).</param>
/// <param name="RowsConsidered">Rows the answer was computed from.</param>
/// <param name="LatencyMs">End-to-end latency (milliseconds).</param>
/// <param name="ApiCalls">Calls to external model APIs: always 0.</param>
/// <param name="ApiCostUsd">Cost of external API calls: always 0.</param>
public sealed record AssistantTrace(
    AssistantTool? Tool,
    IReadOnlyList<ToolArgument> Arguments,
    int EstimatedTokens,
    long RowsConsidered,
    double LatencyMs,
    int ApiCalls,
    double ApiCostUsd);
