using MemberInsights.ClickHouse;
using MemberInsights.ClickHouse.Formats;

namespace MemberInsights.Warehouse.Operations;

/// <summary>Writes run steps and check results to pipeline_run_log.</summary>
public sealed class PipelineRunLog
{
    private static readonly ColumnDefinition[] Columns =
    [
        new("run_id", "UUID"), new("run_kind", "LowCardinality(String)"), new("step", "String"),
        new("started_at", "DateTime64(3, 'UTC')"), new("finished_at", "DateTime64(3, 'UTC')"),
        new("rows_in", "UInt64"), new("rows_out", "UInt64"), new("rows_rejected", "UInt64"), new("duration_ms", "UInt64"),
        new("status", "LowCardinality(String)"), new("error", "String"), new("check_name", "String"),
        new("check_passed", "Nullable(Bool)"), new("details", "String"),
    ];

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

        var batch = new RowBinaryBatch(Columns);
        foreach (var r in records)
        {
            batch.BeginRow();
            batch.WriteUuid(r.RunId);
            batch.WriteString(r.RunKind);
            batch.WriteString(r.Step);
            batch.WriteDateTime(r.StartedAt);
            batch.WriteDateTime(r.FinishedAt);
            batch.WriteUInt64(r.RowsIn);
            batch.WriteUInt64(r.RowsOut);
            batch.WriteUInt64(r.RowsRejected);
            batch.WriteUInt64((ulong)Math.Max(0, r.Duration.TotalMilliseconds));
            batch.WriteString(r.Status);
            batch.WriteString(r.Error);
            batch.WriteString(r.CheckName);
            if (r.CheckPassed is { } passed)
            {
                batch.WriteBool(passed);
            }
            else
            {
                batch.WriteNull();
            }

            batch.WriteString(r.Details);
            batch.EndRow();
        }

        await _client.InsertAsync("pipeline_run_log", batch, ct: ct).ConfigureAwait(false);
    }

    /// <summary>Appends one record.</summary>
    public Task RecordAsync(RunStepRecord record, CancellationToken ct = default) => RecordAsync([record], ct);
}
