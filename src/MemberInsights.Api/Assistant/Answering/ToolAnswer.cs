using System.Text.Json;
using MemberInsights.Api.Assistant.Routing;
using MemberInsights.Api.Catalog;

namespace MemberInsights.Api.Assistant.Answering;

/// <summary>What a curated function answered.</summary>
/// <param name="Answer">The answer in plain words (numbers with units, range, segment, as-of date).</param>
/// <param name="Data">The typed data: a record of the surface the function belongs to; null when there was none to answer with.</param>
/// <param name="Chart">A Vega-Lite v5 specification of the data; null when no chart fits.</param>
/// <param name="RowsConsidered">Rows the answer was computed from.</param>
public sealed record ToolAnswer(string Answer, object? Data, JsonElement? Chart, long RowsConsidered);

/// <summary>Runs one curated function for the assistant and words its result.</summary>
public interface IAssistantToolHandler
{
    /// <summary>The function this handler runs.</summary>
    AssistantTool Tool { get; }

    /// <summary>Runs <paramref name="call"/> against the data as of <paramref name="asOf"/>.</summary>
    Task<ToolAnswer> RunAsync(ToolCall call, DateOnly asOf, CancellationToken ct);
}
