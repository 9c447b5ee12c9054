namespace MemberInsights.GraphQL.Execution;

/// <summary>
/// Counts what one request still has running: the request itself, and every resolver task it stopped
/// waiting for when its time budget ended or its client went away (a resolver that ignores its token
/// keeps running). <see cref="RequestExecutor.OperationsInFlight"/> drops only when all of it has ended.
/// </summary>
internal sealed class OperationWork(Action finished)
{
    private int _running = 1;

    /// <summary>Keeps the request in flight until <paramref name="abandoned"/> ends.</summary>
    public void Track(Task abandoned)
    {
        Interlocked.Increment(ref _running);
        abandoned.ContinueWith(
            static (_, state) => ((OperationWork)state!).Release(),
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Ends one part of the work; the last one ends the request.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _running) == 0)
        {
            finished();
        }
    }
}
