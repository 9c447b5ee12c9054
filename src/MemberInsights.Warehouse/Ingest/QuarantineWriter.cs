using MemberInsights.ClickHouse;
using MemberInsights.ClickHouse.Formats;

namespace MemberInsights.Warehouse.Ingest;

/// <summary>Writes rejected lines, with their reason and original text, to the quarantine table.</summary>
public sealed class QuarantineWriter
{
    private static readonly ColumnDefinition[] Columns =
    [
        new("run_id", "UUID"), new("source_file", "String"), new("line_number", "UInt64"), new("original_line", "String"),
        new("reason", "String"), new("quarantined_at", "DateTime64(3, 'UTC')"),
    ];

    private readonly ClickHouseClient _client;

    /// <summary>Creates a writer.</summary>
    public QuarantineWriter(ClickHouseClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Writes the rejected lines of one chunk.</summary>
    public Task WriteAsync(Guid runId, string sourceFile, IReadOnlyCollection<(ExportLine Line, string Reason)> rejected, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        if (rejected.Count == 0)
        {
            return Task.CompletedTask;
        }

        var batch = new RowBinaryBatch(Columns);
        var now = DateTime.UtcNow;
        foreach (var (line, reason) in rejected)
        {
            batch.BeginRow();
            batch.WriteUuid(runId);
            batch.WriteString(sourceFile);
            batch.WriteUInt64((ulong)line.Number);
            batch.WriteString(line.Text);
            batch.WriteString(reason);
            batch.WriteDateTime(now);
            batch.EndRow();
        }

        return _client.InsertAsync("quarantine", batch, ct: ct);
    }
}
