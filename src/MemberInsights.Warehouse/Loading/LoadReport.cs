using MemberInsights.Warehouse.Operations;
using MemberInsights.Warehouse.Quality;

namespace MemberInsights.Warehouse.Loading;

/// <summary>The outcome of a load.</summary>
public sealed record LoadReport
{
    /// <summary>The run id in pipeline_run_log.</summary>
    public required Guid RunId { get; init; }

    /// <summary>True when the load was skipped (the warehouse held events and IfEmpty was set, or everything was covered).</summary>
    public bool Skipped { get; init; }

    /// <summary>Dimension rows written.</summary>
    public long DimensionRows { get; init; }

    /// <summary>Batches inserted.</summary>
    public int Batches { get; init; }

    /// <summary>Events inserted.</summary>
    public long Events { get; init; }

    /// <summary>Class bookings inserted.</summary>
    public long Bookings { get; init; }

    /// <summary>Encoded bytes inserted.</summary>
    public long Bytes { get; init; }

    /// <summary>Duration of the event step (generate + insert + materialized views).</summary>
    public TimeSpan EventElapsed { get; init; }

    /// <summary>Duration of the whole run.</summary>
    public TimeSpan TotalElapsed { get; init; }

    /// <summary>Data-quality results.</summary>
    public IReadOnlyList<QualityCheckResult> Checks { get; init; } = [];

    /// <summary>The checks that failed.</summary>
    public int FailedChecks => Checks.Count(c => !c.Passed);

    /// <summary>The model inventory after the load.</summary>
    public IReadOnlyList<ModelEntry> Inventory { get; init; } = [];

    /// <summary>Events per second of the event step.</summary>
    public double EventsPerSecond => EventElapsed.TotalSeconds > 0 ? Events / EventElapsed.TotalSeconds : 0;

    /// <summary>Megabytes (10^6) per second of the event step.</summary>
    public double MegabytesPerSecond => EventElapsed.TotalSeconds > 0 ? Bytes / 1e6 / EventElapsed.TotalSeconds : 0;
}
