namespace MemberInsights.Warehouse.Tables;

/// <summary>One row of quarantine: a rejected input line.</summary>
/// <param name="RunId">The ingest run.</param>
/// <param name="SourceFile">The file's name.</param>
/// <param name="LineNumber">1-based line number.</param>
/// <param name="OriginalLine">The line, whole.</param>
/// <param name="Reason">Why it was rejected (bounded).</param>
/// <param name="QuarantinedAt">When (UTC).</param>
public readonly record struct QuarantineRow(Guid RunId, string SourceFile, ulong LineNumber, string OriginalLine, string Reason, DateTime QuarantinedAt);

/// <summary>One row of load_batches: the events a load generated for one day of one member range.</summary>
/// <param name="Seed">The generator seed.</param>
/// <param name="EventDate">The day.</param>
/// <param name="MemberFrom">First member id.</param>
/// <param name="MemberTo">Last member id.</param>
/// <param name="Events">Events generated that day.</param>
/// <param name="RunId">The load run.</param>
/// <param name="LoadedAt">When (UTC).</param>
public readonly record struct LoadBatchRow(ulong Seed, DateOnly EventDate, uint MemberFrom, uint MemberTo, ulong Events, Guid RunId, DateTime LoadedAt);
