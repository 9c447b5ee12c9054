using MemberInsights.Api.Assistant.Answering;
using MemberInsights.Api.Assistant.Routing;
using MemberInsights.Api.Catalog;
using MemberInsights.Api.Health;

namespace MemberInsights.Api.Assistant.Tools;

/// <summary>PLATFORM_HEALTH: the latest run's status, the quality pass rate and the worst freshness lag (HealthQueries.SnapshotAsync).</summary>
public sealed class PlatformHealthTool(HealthQueries health) : IAssistantToolHandler
{
    /// <inheritdoc />
    public AssistantTool Tool => AssistantTool.PlatformHealth;

    /// <inheritdoc />
    public async Task<ToolAnswer> RunAsync(ToolCall call, DateOnly asOf, CancellationToken ct)
    {
        var snapshot = await health.SnapshotAsync(ct).ConfigureAwait(false);
        var run = snapshot.LatestRunStatus is { } status ? $"the latest pipeline run {Said(status)}" : "no pipeline run is recorded";
        var quality = snapshot.QualityPassRate is { } rate
            ? $"{Wording.Quantity(rate, "fraction 0-1")} of its data-quality checks passed"
            : "no data-quality checks ran";
        var lag = snapshot.MaxLagDays is { } days
            ? $"the most lagging modeled table is {Wording.Count(days, days == 1 ? "day" : "days")} behind today"
            : "no modeled table holds data yet";
        var answer = $"As of {Wording.Day(asOf)} (the newest data day): {run}; {quality}; {lag}.";
        return new ToolAnswer(answer, snapshot, null, 1);
    }

    private static string Said(RunStatus status) => status switch
    {
        RunStatus.Running => "is still running",
        RunStatus.Succeeded => "succeeded",
        RunStatus.Warned => "finished with failed quality checks",
        RunStatus.Failed => "failed",
        _ => "was skipped (nothing to load)",
    };
}
