namespace MemberInsights.Warehouse.Loading;

/// <summary>Progress of a running load.</summary>
/// <param name="BatchesDone">Batches inserted.</param>
/// <param name="BatchesTotal">Batches planned.</param>
/// <param name="Events">Events inserted.</param>
/// <param name="Bytes">Encoded bytes inserted.</param>
/// <param name="Elapsed">Time since the event step started.</param>
public readonly record struct LoadProgress(int BatchesDone, int BatchesTotal, long Events, long Bytes, TimeSpan Elapsed)
{
    /// <summary>Events per second so far.</summary>
    public double EventsPerSecond => Elapsed.TotalSeconds > 0 ? Events / Elapsed.TotalSeconds : 0;
}
