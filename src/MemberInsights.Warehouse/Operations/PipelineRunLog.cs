using MemberInsights.ClickHouse;
using MemberInsights.Warehouse.Tables;

namespace MemberInsights.Warehouse.Operations;

/// <summary>Writes run steps and check results to pipeline_run_log.</summary>
public sealed class PipelineRunLog
{
    private readonly ClickHouseClient _client;

    /// <summary>Creates a log writer.</summary>
    public PipelineRunLog(ClickHouseClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Appends records.</summary>
    public async Task RecordAsync(IReadOnlyCollection<RunStepRecord> records, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return;
        }

        var table = WarehouseTables.PipelineRunLog;
        await table.InsertAsync(_client, table.Encode(records), ct: ct).ConfigureAwait(false);
    }

    /// <summary>Appends one record.</summary>
    public Task RecordAsync(RunStepRecord record, CancellationToken ct = default) => RecordAsync([record], ct);
}
