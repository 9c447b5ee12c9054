using MemberInsights.Api.Common;
using MemberInsights.ClickHouse;
using MemberInsights.Warehouse.Operations;

namespace MemberInsights.Api.Health;

/// <summary>
/// Platform health, GraphQL-free (the assistant calls <see cref="SnapshotAsync"/>): the engine, pipeline runs,
/// freshness, the live model inventory, quality checks, the API's own statistics and the assistant's questions.
/// </summary>
public sealed class HealthQueries(
    ClickHouseClient client,
    PipelineRunHistory runs,
    WarehouseFreshness freshness,
    AssistantQuestionLog questions,
    RequestMetrics metrics)
{
    private readonly ModelInventory _inventory = new(client);
    private Task<string>? _version;

    /// <summary>The engine in use and its version (read once per process).</summary>
    public async Task<EngineInfo> EngineAsync(CancellationToken ct)
    {
        // The version cannot change while the process runs; a failed read is retried next time.
        var version = _version ??= client.GetVersionAsync(CancellationToken.None);
        try
        {
            return new EngineInfo(client.EngineKind, await version.WaitAsync(ct));
        }
        catch (Exception) when (version.IsFaulted)
        {
            _version = null;
            throw;
        }
    }

    /// <summary>A page of pipeline runs, newest first, with their steps.</summary>
    public Task<Connection<PipelineRun>> PipelineRunsAsync(PageRequest page, bool includeSkipped, CancellationToken ct) =>
        runs.PageAsync(page, includeSkipped, ct);

    /// <summary>Every table measured live from the engine's system tables, by layer then name.</summary>
    public async Task<IReadOnlyList<ModelInventoryEntry>> ModelsAsync(CancellationToken ct) =>
        (await _inventory.MeasureAsync(ct)).Select(m => new ModelInventoryEntry(
            m.TableName, m.Layer, m.Grain, (long)m.RowCount, (long)m.Bytes,
            m.LastUpdated is { } updated ? PipelineRunHistory.Utc(updated) : null)).ToList();

    /// <summary>Freshness of every modeled table (staging, dimension, fact, mart).</summary>
    public Task<IReadOnlyList<TableFreshness>> FreshnessAsync(CancellationToken ct) => freshness.ReadAsync(ct);

    /// <summary>The data-quality checks of the newest run that ran checks.</summary>
    public Task<QualityCheckSummary> QualityChecksAsync(CancellationToken ct) => runs.LatestChecksAsync(ct);

    /// <summary>This process's request counts and latency percentiles.</summary>
    public RequestMetricsSnapshot Api() => metrics.Snapshot();

    /// <summary>A page of assistant questions, newest first.</summary>
    public Task<Connection<AssistantQuestion>> AssistantQuestionsAsync(PageRequest page, CancellationToken ct) => questions.PageAsync(page, ct);

    /// <summary>The newest run's status, the latest quality pass rate and the most lagging modeled table's lag.</summary>
    public async Task<PlatformHealthSnapshot> SnapshotAsync(CancellationToken ct)
    {
        var status = runs.LatestStatusAsync(ct);
        var checks = runs.LatestChecksAsync(ct);
        var tables = FreshnessAsync(ct);
        var maxLag = (await tables).Select(t => t.LagDays).Max();
        return new PlatformHealthSnapshot(await status, (await checks).PassRate, maxLag);
    }
}
