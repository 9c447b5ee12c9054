namespace MemberInsights.Warehouse.Quality;

/// <summary>
/// A data-quality check: one SQL query over the warehouse returning a single row with
/// <c>passed</c> (Bool) and <c>details</c> (String).
/// </summary>
/// <param name="Name">Stable check name, recorded as <c>check:{Name}</c>.</param>
/// <param name="Description">What the check guarantees.</param>
/// <param name="Sql">The query.</param>
public sealed record QualityCheck(string Name, string Description, string Sql);

/// <summary>The outcome of one check.</summary>
/// <param name="Name">The check.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Details">Measured values.</param>
public sealed record QualityCheckResult(string Name, bool Passed, string Details);
