using System.Collections.Concurrent;
using System.Diagnostics;
using MemberInsights.Warehouse.Tables;
using Microsoft.Extensions.Logging;

namespace MemberInsights.Warehouse.Operations;

/// <summary>What a step reports when it ends.</summary>
/// <param name="RowsIn">Rows read or received.</param>
/// <param name="RowsOut">Rows written.</param>
/// <param name="RowsRejected">Rows rejected.</param>
/// <param name="Details">Free-form details.</param>
public readonly record struct StepOutcome(ulong RowsIn, ulong RowsOut, ulong RowsRejected = 0, string Details = "");

/// <summary>
/// One pipeline run: times its steps and records each (succeeded or failed) in the run log. The run is open
/// from its creation until its closing <c>run</c> row is written; a run log without that row belongs to a run
/// still going or to a process that died (see <see cref="PipelineRunHistory"/>).
/// </summary>
public sealed class PipelineRun
{
    /// <summary>The step name of a run's closing row, which carries the run's outcome.</summary>
    public const string ClosingStep = "run";

    private static readonly ConcurrentDictionary<Guid, byte> OpenInThisProcess = new();
    private readonly PipelineRunLog _log;
    private readonly ILogger _logger;

    /// <summary>Starts a run of a kind (load, ingest, check).</summary>
    public PipelineRun(PipelineRunLog log, string kind, ILogger logger)
    {
        _log = log ?? throw new ArgumentNullException(nameof(log));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        Kind = kind;
        RunId = Guid.NewGuid();
        StartedAt = DateTime.UtcNow;
        OpenInThisProcess.TryAdd(RunId, 0);
    }

    /// <summary>The run id.</summary>
    public Guid RunId { get; }

    /// <summary>The run kind.</summary>
    public string Kind { get; }

    /// <summary>When the run started.</summary>
    public DateTime StartedAt { get; }

    /// <summary>Runs a step, logs it, and records it; a failed step is recorded and rethrown.</summary>
    public async Task<StepOutcome> StepAsync(string step, Func<CancellationToken, Task<StepOutcome>> body, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        try
        {
            var outcome = await body(ct).ConfigureAwait(false);
            _logger.LogInformation(
                "{Step}: {RowsIn} rows in, {RowsOut} rows out, {RowsRejected} rejected in {Elapsed:F1} s {Details}",
                step, outcome.RowsIn, outcome.RowsOut, outcome.RowsRejected, clock.Elapsed.TotalSeconds, outcome.Details);
            await _log.RecordAsync(Record(step, started, "succeeded") with
            {
                RowsIn = outcome.RowsIn,
                RowsOut = outcome.RowsOut,
                RowsRejected = outcome.RowsRejected,
                Details = outcome.Details,
            }, CancellationToken.None).ConfigureAwait(false);
            return outcome;
        }
        catch (Exception e)
        {
            _logger.LogError("{Step} failed after {Elapsed:F1} s: {Error}", step, clock.Elapsed.TotalSeconds, e.Message);
            await TryRecordAsync(Record(step, started, "failed") with { Error = e.Message }).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A record of this run with the given step, start and status, ending now.</summary>
    public RunStepRecord Record(string step, DateTime startedAt, string status) => new()
    {
        RunId = RunId,
        RunKind = Kind,
        Step = step,
        StartedAt = startedAt,
        FinishedAt = DateTime.UtcNow,
        Status = status,
    };

    /// <summary>The run's closing record with its outcome (succeeded, warned, failed or skipped), ending now; write it with <see cref="TryRecordAsync"/>.</summary>
    public RunStepRecord Closing(string status) => Record(ClosingStep, StartedAt, status);

    /// <summary>Whether a run was started by this process and is not closed yet.</summary>
    public static bool IsOpenInThisProcess(Guid runId) => OpenInThisProcess.ContainsKey(runId);

    /// <summary>Records a row, logging instead of throwing if the log itself cannot be written.</summary>
    public async Task TryRecordAsync(RunStepRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Step == ClosingStep)
        {
            // Closed even if the row cannot be written: this process no longer runs it.
            OpenInThisProcess.TryRemove(RunId, out _);
        }

        try
        {
            await _log.RecordAsync(record, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogWarning("Could not write the run log: {Error}", e.Message);
        }
    }

    /// <summary>Writes records directly.</summary>
    public Task RecordAsync(IReadOnlyCollection<RunStepRecord> records, CancellationToken ct = default) => _log.RecordAsync(records, ct);
}
