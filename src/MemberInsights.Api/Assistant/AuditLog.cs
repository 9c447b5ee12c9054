using System.Text.Json;
using MemberInsights.Api.Assistant.Routing;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Assistant;

/// <summary>
/// Writes every question and its trace to <c>assistant_audit_log</c> (an empty <c>selected_tool</c> means
/// refused); Platform Health reads it. Values travel as query parameters.
/// </summary>
public sealed class AuditLog(ClickHouseClient client)
{
    private const string Sql = """
        INSERT INTO assistant_audit_log (question_id, question, selected_tool, arguments_json, answer, latency_ms, tokens, created_at)
        SELECT {id:UUID}, {question:String}, {tool:String}, {arguments:String}, {answer:String}, {latency:UInt64}, {tokens:UInt64}, now64(3, 'UTC')
        """;

    /// <summary>Records one answered or refused question; returns its id.</summary>
    public async Task<Guid> WriteAsync(string question, AskPayload payload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var id = Guid.NewGuid();
        var arguments = JsonSerializer.Serialize(payload.Trace.Arguments.ToDictionary(a => a.Name, a => a.Value));
        var parameters = new QueryParameters()
            .Add("id", id)
            .Add("question", question)
            .Add("tool", payload.Trace.Tool is { } tool ? AssistantToolNames.ToGraphQL(tool) : "")
            .Add("arguments", arguments)
            .Add("answer", payload.Answer)
            .Add("latency", (ulong)Math.Round(payload.Trace.LatencyMs))
            .Add("tokens", (ulong)payload.Trace.EstimatedTokens);
        await client.ExecuteAsync(Sql, parameters, ct: ct).ConfigureAwait(false);
        return id;
    }
}
