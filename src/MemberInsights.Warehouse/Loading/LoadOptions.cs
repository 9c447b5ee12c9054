namespace MemberInsights.Warehouse.Loading;

/// <summary>How a load runs (what it generates is <see cref="Generation.GeneratorOptions"/>).</summary>
public sealed record LoadOptions
{
    /// <summary>
    /// Member-days per insert; bigger inserts are faster, smaller ones use less memory. Every insert costs a fixed
    /// ~0.1 CPU-second on chDB 26.7 (parts for each view target, view pipelines): measured on 4.75 M events,
    /// 10,000 member-days per insert took 20 CPU-s, 40,000 took 10 and 160,000 took 7.6. 80,000 keeps the
    /// large preset under 2 GiB peak RSS with two inserts in flight (1,785 MiB; 120,000 reached 2,087 MiB at
    /// 545,920 events/s, measured with the bounded quality checks).
    /// </summary>
    public long MemberDaysPerBatch { get; init; } = 80_000;

    /// <summary>
    /// Batches generated ahead of the insert at most: they are generated in parallel with each other and with
    /// the insert, and bound the memory a load holds.
    /// </summary>
    public int QueuedBatches { get; init; } = 2;

    /// <summary>Inserts running at once (each with its materialized views); defaults to the processor count, at most 4.</summary>
    public int ParallelInserts { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Skip the load when stg_member_events already holds rows.</summary>
    public bool IfEmpty { get; init; }

    /// <summary>Run the data-quality checks after the load.</summary>
    public bool RunChecks { get; init; } = true;
}
