using System.Diagnostics;
using MemberInsights.Api.Assistant.Answering;
using MemberInsights.Api.Assistant.Routing;
using MemberInsights.Api.Catalog;

namespace MemberInsights.Api.Assistant;

/// <summary>
/// The governed assistant: routes a question deterministically to one curated function (never generating SQL or
/// inventing a metric), words the result, attaches a chart and a trace, and records every question in the audit log.
/// </summary>
public sealed class GovernedAssistant(LiveVocabulary vocabulary, IEnumerable<IAssistantToolHandler> handlers, AuditLog audit)
{
    /// <summary>The longest question accepted (characters).</summary>
    public const int MaxQuestionLength = 500;

    private readonly Dictionary<AssistantTool, IAssistantToolHandler> _handlers = handlers.ToDictionary(h => h.Tool);

    /// <summary>The functions available in this build.</summary>
    public IReadOnlyCollection<AssistantTool> Tools => _handlers.Keys;

    /// <summary>Answers or refuses <paramref name="question"/> and records it.</summary>
    public async Task<AskPayload> AskAsync(string question, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(question);
        var started = Stopwatch.GetTimestamp();
        var router = await vocabulary.RouterAsync(ct).ConfigureAwait(false);
        var asOf = router.Vocabulary.AsOf;
        var route = router.Route(question);
        var (status, answer, call) = (AskStatus.Refused, route.RefusalReason ?? "", route.Call);
        ToolAnswer? result = null;
        if (call is not null && _handlers.TryGetValue(call.Tool, out var handler))
        {
            try
            {
                result = await handler.RunAsync(call, asOf, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Failed questions are accounted for too; the client still gets the error.
                var failure = $"The {AssistantToolNames.ToGraphQL(call.Tool)} function failed.";
                var failed = new AskPayload(AskStatus.Refused, failure, null, null, asOf, Trace(question, call, failure, null, started), []);
                await audit.WriteAsync(question, failed, CancellationToken.None).ConfigureAwait(false);
                throw;
            }

            (status, answer) = (result.Data is null ? AskStatus.Refused : AskStatus.Answered, result.Answer);
        }
        else if (call is not null)
        {
            answer = $"The {AssistantToolNames.ToGraphQL(call.Tool)} function is not available in this deployment.";
        }

        var trace = Trace(question, call, answer, result, started);
        var payload = new AskPayload(
            status,
            answer,
            status == AskStatus.Answered ? result!.Data : null,
            status == AskStatus.Answered ? result!.Chart : null,
            asOf,
            trace,
            status == AskStatus.Answered ? [] : route.Suggestions.Count > 0 ? route.Suggestions : router.Suggestions());

        // The audit row is written even when the caller has gone: every question is accounted for.
        await audit.WriteAsync(question, payload, CancellationToken.None).ConfigureAwait(false);
        return payload;
    }

    private static AssistantTrace Trace(string question, ToolCall? call, string answer, ToolAnswer? result, long started) => new(
        call?.Tool,
        call?.Arguments() ?? [],
        EstimatedTokens: (int)Math.Ceiling((question.Length + answer.Length) / 4.0),
        RowsConsidered: result?.RowsConsidered ?? 0,
        LatencyMs: Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3),
        ApiCalls: 0,
        ApiCostUsd: 0);
}
