namespace MemberInsights.Warehouse.Quality;

/// <summary>
/// A data-quality check: one SQL query over the warehouse returning a single row with
/// <c>passed</c> (Bool) and <c>details</c> (String).
/// </summary>
/// <param name="Name">Stable check name, recorded as <c>check:{Name}</c>.</param>
/// <param name="Description">What the check guarantees.</param>
/// <param name="Sql">The query.</param>
/// <param name="PartitionsOf">
/// When set, the query runs once per slice of each active partition of this table and passes when every slice
/// passes. A partition is cut into <c>{slices:UInt64}</c> slices of at most <see cref="QualityCheckRunner.DefaultRowsPerSlice"/> rows (the
/// query selects slice <c>{slice:UInt64}</c>, e.g. by <c>cityHash64(id) % {slices:UInt64} = {slice:UInt64}</c>;
/// <c>{partition:String}</c> is compared with <c>_partition_id</c>), so memory stays bounded however large the table grows.
/// </param>
public sealed record QualityCheck(string Name, string Description, string Sql, string? PartitionsOf = null);

/// <summary>The outcome of one check.</summary>
/// <param name="Name">The check.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Details">Measured values.</param>
public sealed record QualityCheckResult(string Name, bool Passed, string Details);
