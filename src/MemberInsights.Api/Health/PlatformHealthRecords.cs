using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Health;

/// <summary>The ClickHouse engine in use.</summary>
public sealed record EngineInfo(EngineKind Kind, string Version);

/// <summary>One load or ingest run with its steps in order.</summary>
/// <param name="RunId">The run id.</param>
/// <param name="Kind">What ran (load, ingest, ...).</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="FinishedAt">When it finished; null while running.</param>
/// <param name="Status">The run's outcome.</param>
/// <param name="Steps">The steps and checks, in order.</param>
public sealed record PipelineRun(Guid RunId, string Kind, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, RunStatus Status, IReadOnlyList<PipelineStep> Steps);

/// <summary>One step (or data-quality check) of a run.</summary>
public sealed record PipelineStep(string Name, long RowsIn, long RowsOut, long RowsRejected, long DurationMs, RunStatus Status, string? Error);

/// <summary>How current a modeled table is.</summary>
/// <param name="Table">The table.</param>
/// <param name="Layer">staging, dimension, fact or mart.</param>
/// <param name="DateColumn">The column giving the table's data day; null when it has none.</param>
/// <param name="LatestDate">The newest data day; null when empty or without a date column.</param>
/// <param name="LagDays">Days from the newest data day to today.</param>
/// <param name="BehindNewestDays">Days from this table's newest day to the newest of any modeled table.</param>
public sealed record TableFreshness(string Table, string Layer, string? DateColumn, DateOnly? LatestDate, int? LagDays, int? BehindNewestDays);

/// <summary>One modeled table measured live: grain, rows, compressed bytes, last change.</summary>
public sealed record ModelInventoryEntry(string Table, string Layer, string Grain, long Rows, long Bytes, DateTimeOffset? UpdatedAt);

/// <summary>The data-quality checks of the newest run that ran checks.</summary>
/// <param name="RunId">That run; null when no run ran checks.</param>
/// <param name="PassRate">Passed divided by run (fraction 0-1); null when none ran.</param>
/// <param name="Checks">The checks in the order they ran.</param>
public sealed record QualityCheckSummary(Guid? RunId, double? PassRate, IReadOnlyList<QualityCheck> Checks);

/// <summary>One data-quality check.</summary>
public sealed record QualityCheck(string Name, bool Passed, string Detail);

/// <summary>One question asked to the assistant, from <c>assistant_audit_log</c>.</summary>
/// <param name="QuestionId">The question's id.</param>
/// <param name="AskedAt">When it was asked.</param>
/// <param name="Question">The question.</param>
/// <param name="Status"><c>ANSWERED</c>, or <c>REFUSED</c> when no tool was selected.</param>
/// <param name="Tool">The GraphQL name of the tool it was routed to; null when refused.</param>
/// <param name="ArgumentsJson">The tool's arguments as a JSON object.</param>
/// <param name="Answer">The answer or the refusal.</param>
/// <param name="LatencyMs">End-to-end latency in milliseconds.</param>
/// <param name="Tokens">Estimated tokens.</param>
public sealed record AssistantQuestion(
    Guid QuestionId, DateTimeOffset AskedAt, string Question, string Status, string? Tool, string ArgumentsJson, string Answer, double LatencyMs, long Tokens);

/// <summary>A small summary of platform health (the assistant's answer data).</summary>
/// <param name="LatestRunStatus">Status of the newest pipeline run; null when none ran.</param>
/// <param name="QualityPassRate">Quality-check pass rate of the newest run with checks.</param>
/// <param name="MaxLagDays">The most lagging modeled table's lag behind today, in days.</param>
public sealed record PlatformHealthSnapshot(RunStatus? LatestRunStatus, double? QualityPassRate, int? MaxLagDays);
