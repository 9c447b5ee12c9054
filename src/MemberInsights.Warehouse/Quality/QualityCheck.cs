namespace MemberInsights.Warehouse.Quality;

/// <summary>
/// A data-quality check: one SQL query over the warehouse returning a single row with
/// <c>passed</c> (Bool) and <c>details</c> (String).
/// </summary>
/// <param name="Name">Stable check name, recorded as <c>check:{Name}</c>.</param>
/// <param name="Description">What the check guarantees.</param>
/// <param name="Sql">The query.</param>
/// <param name="PartitionsOf">
/// When set, the query runs once per active partition of this table (bound to <c>{partition:String}</c>, compared with
/// <c>_partition_id</c>) and passes when every partition passes: memory stays bounded by the largest partition.
/// </param>
public sealed record QualityCheck(string Name, string Description, string Sql, string? PartitionsOf = null);

/// <summary>The outcome of one check.</summary>
/// <param name="Name">The check.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Details">Measured values.</param>
public sealed record QualityCheckResult(string Name, bool Passed, string Details);
