namespace MemberInsights.Api.Admin;

/// <summary>The body of <c>POST /admin/load</c>: a generated data set, as the loader CLI's <c>load</c> takes it.</summary>
/// <param name="Preset">tiny, demo or large (default demo).</param>
/// <param name="Members">Overrides the preset's member count.</param>
/// <param name="Days">Overrides the preset's day count.</param>
/// <param name="Seed">The generator seed (default: the API's <c>Insights:Seed</c>).</param>
public sealed record LoadRequest(string? Preset = null, int? Members = null, int? Days = null, ulong? Seed = null);

/// <summary>The answer to <c>POST /admin/load</c>.</summary>
public sealed record LoadResponse(Guid RunId, bool Skipped, long Events, long Bookings, double EventsPerSecond, double Seconds, int FailedChecks);

/// <summary>The answer to <c>POST /admin/check</c>.</summary>
public sealed record CheckResponse(Guid RunId, int Failed, IReadOnlyList<CheckResult> Checks);

/// <summary>One data-quality check's result.</summary>
public sealed record CheckResult(string Name, bool Passed, string Details);

/// <summary>The answer to <c>POST /admin/ingest</c>.</summary>
public sealed record IngestResponse(
    Guid RunId, string File, long Lines, long Loaded, long Quarantined, long Duplicates, IReadOnlyDictionary<string, long> QuarantineReasons, int FailedChecks);

/// <summary>Why an admin request was not carried out.</summary>
public sealed record AdminError(string Error);
