using System.Security.Cryptography;
using System.Text;
using MemberInsights.ClickHouse;
using MemberInsights.Warehouse.Tables;

namespace MemberInsights.Warehouse.Ingest;

/// <summary>
/// Writes rejected lines, with their (bounded) reason and whole original text, to the quarantine table: one row per
/// rejected line of a file. A line already quarantined from a file of the same name, at the same line number and
/// with the same text (the file ingested again) is not written a second time.
/// </summary>
public sealed class QuarantineWriter
{
    private readonly ClickHouseClient _client;

    /// <summary>Creates a writer.</summary>
    public QuarantineWriter(ClickHouseClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Writes the rejected lines of one chunk that are not quarantined yet; returns how many were written.</summary>
    public async Task<int> WriteAsync(Guid runId, string sourceFile, IReadOnlyCollection<(ExportLine Line, string Reason)> rejected, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        if (rejected.Count == 0)
        {
            return 0;
        }

        var stored = await StoredAsync(sourceFile, rejected, ct).ConfigureAwait(false);
        var table = WarehouseTables.Quarantine;
        var batch = table.CreateBatch();
        var now = DateTime.UtcNow;
        foreach (var (line, reason) in rejected)
        {
            if (stored.Contains((line.Number, Hash(line.Text))))
            {
                continue;
            }

            table.Append(batch, new QuarantineRow(runId, sourceFile, (ulong)line.Number, line.Text, RejectionText.Reason(reason), now));
        }

        if (batch.RowCount > 0)
        {
            await table.InsertAsync(_client, batch, ct: ct).ConfigureAwait(false);
        }

        return batch.RowCount;
    }

    private async Task<HashSet<(long Line, string Hash)>> StoredAsync(string sourceFile, IReadOnlyCollection<(ExportLine Line, string Reason)> rejected, CancellationToken ct)
    {
        var rows = await _client.QueryListAsync(
            "SELECT line_number, hex(SHA256(original_line)) FROM quarantine WHERE source_file = {file:String} AND line_number IN {lines:Array(UInt64)}",
            r => ((long)r.GetUInt64(0), r.GetString(1)),
            new QueryParameters().Add("file", sourceFile).Add("lines", rejected.Select(r => (ulong)r.Line.Number).ToArray()),
            ct: ct).ConfigureAwait(false);
        return [.. rows];
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
