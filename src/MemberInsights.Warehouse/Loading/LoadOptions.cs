namespace MemberInsights.Warehouse.Loading;

/// <summary>How a load runs (what it generates is <see cref="Generation.GeneratorOptions"/>).</summary>
public sealed record LoadOptions
{
    /// <summary>Member-days per insert; bigger inserts are faster, smaller ones use less memory.</summary>
    public long MemberDaysPerBatch { get; init; } = 40_000;

    /// <summary>
    /// Batches generated ahead of the insert at most: they are generated in parallel with each other and with
    /// the insert, and bound the memory a load holds.
    /// </summary>
    public int QueuedBatches { get; init; } = 3;

    /// <summary>Inserts running at once (each with its materialized views); defaults to the processor count, at most 4.</summary>
    public int ParallelInserts { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Skip the load when stg_member_events already holds rows.</summary>
    public bool IfEmpty { get; init; }

    /// <summary>Run the data-quality checks after the load.</summary>
    public bool RunChecks { get; init; } = true;
}
