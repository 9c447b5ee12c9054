using System.Security.Cryptography;
using System.Text.RegularExpressions;
using MemberInsights.ClickHouse;
using MemberInsights.Warehouse.Operations;
using MemberInsights.Warehouse.Quality;
using MemberInsights.Warehouse.Tables;
using Microsoft.Extensions.Logging;

namespace MemberInsights.Warehouse.Ingest;

/// <summary>
/// Ingests an NDJSON or CSV event export in chunks: parse, validate, check the member exists, skip event ids
/// already stored, write good rows (with the member's segment columns) and quarantine the rest with a reason.
/// A malformed line never stops the file; the run and its checks go to pipeline_run_log.
/// </summary>
public sealed partial class EventIngestor
{
    /// <summary>The events' source column for ingested rows.</summary>
    public const string Source = "ingest";

    private const int ChunkLines = 20_000;
    private readonly ClickHouseClient _client;
    private readonly ILogger _logger;
    private readonly ExternalEventValidator _validator;

    /// <summary>Creates an ingestor over a migrated warehouse.</summary>
    public EventIngestor(ClickHouseClient client, ILogger<EventIngestor> logger, ExternalEventValidator? validator = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _validator = validator ?? new ExternalEventValidator();
    }

    /// <summary>Ingests <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotSupportedException">The extension is not .ndjson, .jsonl, .json or .csv.</exception>
    public async Task<IngestReport> IngestAsync(string path, bool runChecks = true, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var parser = ExportFileReader.ParserFor(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The file '{path}' does not exist.", path);
        }

        var sourceFile = Path.GetFileName(path);
        var run = new PipelineRun(new PipelineRunLog(_client), "ingest", _logger);
        try
        {
            return await IngestFileAsync(path, parser, sourceFile, run, runChecks, ct).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await run.TryRecordAsync(run.Closing("failed") with { Error = e.Message }).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<IngestReport> IngestFileAsync(
        string path, IExportLineParser parser, string sourceFile, PipelineRun run, bool runChecks, CancellationToken ct)
    {
        var tally = new Tally();
        await run.StepAsync("ingest_file", async token =>
        {
            foreach (var chunk in ExportFileReader.Read(path, parser).Chunk(ChunkLines))
            {
                await IngestChunkAsync(chunk, run.RunId, sourceFile, tally, token).ConfigureAwait(false);
            }

            return new StepOutcome((ulong)tally.Lines, (ulong)tally.Loaded, (ulong)tally.Quarantined,
                $"{sourceFile}: {tally.Loaded} loaded, {tally.Quarantined} quarantined, {tally.Duplicates} duplicates skipped");
        }, ct).ConfigureAwait(false);

        if (tally.Lines == 0)
        {
            _logger.LogWarning("{File} holds no data lines: nothing to ingest", sourceFile);
        }

        var checks = runChecks ? await new QualityCheckRunner(_client).RunAsync(run, ct: ct).ConfigureAwait(false) : [];
        await run.TryRecordAsync(run.Closing(checks.All(c => c.Passed) ? "succeeded" : "warned") with
        {
            RowsIn = (ulong)tally.Lines,
            RowsOut = (ulong)tally.Loaded,
            RowsRejected = (ulong)tally.Quarantined,
            Details = sourceFile,
        }).ConfigureAwait(false);
        return new IngestReport
        {
            RunId = run.RunId,
            SourceFile = sourceFile,
            Lines = tally.Lines,
            Loaded = tally.Loaded,
            Quarantined = tally.Quarantined,
            Duplicates = tally.Duplicates,
            QuarantinedBefore = tally.QuarantinedBefore,
            QuarantineReasons = tally.Reasons,
            Checks = checks,
        };
    }

    private async Task IngestChunkAsync(ExportLine[] lines, Guid runId, string sourceFile, Tally tally, CancellationToken ct)
    {
        var rejected = new List<(ExportLine Line, string Reason)>();
        var candidates = new List<(ExportLine Line, ExternalEvent Event)>();
        foreach (var line in lines)
        {
            if (line.Event is null)
            {
                rejected.Add((line, line.Error ?? "unreadable line"));
                continue;
            }

            var validation = _validator.Validate(line.Event);
            if (validation.IsValid)
            {
                candidates.Add((line, line.Event));
            }
            else
            {
                rejected.Add((line, string.Join("; ", validation.Errors.Select(e => e.ErrorMessage))));
            }
        }

        var members = await MemberSegmentsAsync(candidates.Select(c => c.Event.MemberId).Distinct().ToArray(), ct).ConfigureAwait(false);
        var stored = await StoredEventIdsAsync(candidates.Where(c => members.ContainsKey(c.Event.MemberId)).Select(c => c.Event).ToList(), ct).ConfigureAwait(false);
        var batch = WarehouseTables.MemberEvents.CreateBatch();
        foreach (var (line, e) in candidates)
        {
            if (!members.TryGetValue(e.MemberId, out var member))
            {
                rejected.Add((line, $"unknown member_id {e.MemberId} (not in dim_members)"));
            }
            else if (!stored.Add(e.EventId))
            {
                tally.Duplicates++;
            }
            else
            {
                WarehouseTables.MemberEvents.Append(batch, new MemberEventRow(
                    e.EventId, e.MemberId, e.EventTime, e.EventType, (float)e.Value, (ushort)e.DurationMinutes, member, Source));
            }
        }

        if (batch.RowCount > 0)
        {
            var token = "ingest:" + Convert.ToHexString(SHA256.HashData(batch.Data.Span));
            await WarehouseTables.MemberEvents.InsertAsync(_client, batch, new QuerySettings { InsertDeduplicationToken = token }, ct).ConfigureAwait(false);
        }

        var written = await new QuarantineWriter(_client).WriteAsync(runId, sourceFile, rejected, ct).ConfigureAwait(false);
        tally.Lines += lines.Length;
        tally.Loaded += batch.RowCount;
        tally.Quarantined += rejected.Count;
        tally.QuarantinedBefore += rejected.Count - written;
        foreach (var (_, reason) in rejected)
        {
            var key = RejectionText.Key(Digits().Replace(reason.Split(':', 2)[0], "N"));
            tally.Reasons[key] = tally.Reasons.GetValueOrDefault(key) + 1;
        }
    }

    private async Task<Dictionary<uint, MemberSegment>> MemberSegmentsAsync(uint[] memberIds, CancellationToken ct)
    {
        if (memberIds.Length == 0)
        {
            return [];
        }

        var rows = await _client.QueryListAsync(
            """
            SELECT member_id, argMax(cohort_month, updated_at), argMax(plan_type, updated_at), argMax(goal, updated_at), argMax(acquisition_channel, updated_at)
            FROM dim_members WHERE member_id IN {ids:Array(UInt32)} GROUP BY member_id
            """,
            r => (Id: r.Get<uint>(0), Segment: new MemberSegment(r.GetDateOnly(1), r.GetString(2), r.GetString(3), r.GetString(4))),
            new QueryParameters().Add("ids", memberIds), ct: ct).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Id, r => r.Segment);
    }

    private async Task<HashSet<Guid>> StoredEventIdsAsync(List<ExternalEvent> events, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return [];
        }

        // member_id leads the table's sort key, so the id lookup reads only those members' granules.
        var ids = await _client.QueryListAsync(
            "SELECT event_id FROM stg_member_events WHERE member_id IN {members:Array(UInt32)} AND event_id IN {ids:Array(UUID)}",
            r => r.GetGuid(0),
            new QueryParameters().Add("members", events.Select(e => e.MemberId).Distinct().ToArray()).Add("ids", events.Select(e => e.EventId).ToArray()),
            ct: ct).ConfigureAwait(false);
        return [.. ids];
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    private sealed class Tally
    {
        public long Lines { get; set; }

        public long Loaded { get; set; }

        public long Quarantined { get; set; }

        public long Duplicates { get; set; }

        public long QuarantinedBefore { get; set; }

        public Dictionary<string, long> Reasons { get; } = new(StringComparer.Ordinal);
    }
}
