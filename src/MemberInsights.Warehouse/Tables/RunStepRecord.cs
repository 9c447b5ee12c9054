namespace MemberInsights.Warehouse.Tables;

/// <summary>One row of pipeline_run_log: a step of a run, or a data-quality check.</summary>
public sealed record RunStepRecord
{
    /// <summary>The run.</summary>
    public required Guid RunId { get; init; }

    /// <summary>load, ingest, check or migrate.</summary>
    public required string RunKind { get; init; }

    /// <summary>The step, e.g. <c>load_events</c> or <c>check:no_future_timestamps</c>.</summary>
    public required string Step { get; init; }

    /// <summary>When the step started (UTC).</summary>
    public required DateTime StartedAt { get; init; }

    /// <summary>When the step ended (UTC).</summary>
    public required DateTime FinishedAt { get; init; }

    /// <summary>Rows read or received.</summary>
    public ulong RowsIn { get; init; }

    /// <summary>Rows written.</summary>
    public ulong RowsOut { get; init; }

    /// <summary>Rows rejected (quarantined or invalid).</summary>
    public ulong RowsRejected { get; init; }

    /// <summary>succeeded, failed, passed or warned.</summary>
    public required string Status { get; init; }

    /// <summary>The error message of a failed step.</summary>
    public string Error { get; init; } = "";

    /// <summary>The data-quality check's name, for check rows.</summary>
    public string CheckName { get; init; } = "";

    /// <summary>The check's outcome, for check rows.</summary>
    public bool? CheckPassed { get; init; }

    /// <summary>Free-form details, e.g. the measured values of a check.</summary>
    public string Details { get; init; } = "";

    /// <summary>The step's duration.</summary>
    public TimeSpan Duration => FinishedAt - StartedAt;
}
