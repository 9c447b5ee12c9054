namespace MemberInsights.Api.Assistant.Routing;

/// <summary>What the router decided: a tool call, or a refusal with its reason.</summary>
/// <param name="Call">The tool call; null when refused.</param>
/// <param name="RefusalReason">Why the question was refused; null when routed.</param>
/// <param name="Suggestions">Questions the assistant can answer (three when refused).</param>
public sealed record RoutingResult(ToolCall? Call, string? RefusalReason, IReadOnlyList<string> Suggestions)
{
    /// <summary>Whether the question was routed to a tool.</summary>
    public bool IsRouted => Call is not null;

    /// <summary>A routed question.</summary>
    public static RoutingResult Routed(ToolCall call) => new(call, null, []);

    /// <summary>A refused question.</summary>
    public static RoutingResult Refused(string reason, IReadOnlyList<string> suggestions) => new(null, reason, suggestions);
}
