using MemberInsights.Warehouse.Quality;

namespace MemberInsights.Warehouse.Ingest;

/// <summary>The outcome of ingesting one file.</summary>
public sealed record IngestReport
{
    /// <summary>The run id in pipeline_run_log and quarantine.</summary>
    public required Guid RunId { get; init; }

    /// <summary>The file.</summary>
    public required string SourceFile { get; init; }

    /// <summary>Non-blank data lines read (a CSV header is not counted).</summary>
    public long Lines { get; init; }

    /// <summary>Events written to stg_member_events.</summary>
    public long Loaded { get; init; }

    /// <summary>Lines rejected (each is in quarantine once, with its reason and original text).</summary>
    public long Quarantined { get; init; }

    /// <summary>Rejected lines that an earlier ingest of the same file had quarantined already (not written again).</summary>
    public long QuarantinedBefore { get; init; }

    /// <summary>Valid events skipped because their event_id was already stored or appeared earlier in the file.</summary>
    public long Duplicates { get; init; }

    /// <summary>Quarantined lines per reason (the reason's first words).</summary>
    public IReadOnlyDictionary<string, long> QuarantineReasons { get; init; } = new Dictionary<string, long>();

    /// <summary>Data-quality results after the ingest.</summary>
    public IReadOnlyList<QualityCheckResult> Checks { get; init; } = [];

    /// <summary>The checks that failed.</summary>
    public int FailedChecks => Checks.Count(c => !c.Passed);
}
