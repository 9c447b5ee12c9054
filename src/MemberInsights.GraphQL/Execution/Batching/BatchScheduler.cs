namespace MemberInsights.GraphQL.Execution.Batching;

/// <summary>A loader with keys waiting to be fetched in one batch.</summary>
public interface IBatchDispatcher
{
    /// <summary>Fetches every key queued so far in one call and completes their waiters.</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Decides when request-scoped loaders fetch. The executor runs each synchronous pass (starting all
/// sibling fields and list items, or continuing all waiters of a finished batch) inside
/// <see cref="EnterPass"/>/<see cref="ExitPass"/>; when the outermost pass ends, every loader with
/// queued keys fetches them in one batch. Keys queued outside any pass are dispatched from the thread pool.
/// </summary>
public sealed class BatchScheduler
{
    /// <summary>The key under which the executor stores the scheduler in <see cref="IResolverContext.RequestItems"/>.</summary>
    public const string RequestItemKey = "MemberInsights.GraphQL.BatchScheduler";

    [ThreadStatic]
    private static int t_passDepth;

    private readonly CancellationToken _cancellationToken;
    private readonly List<IBatchDispatcher> _queued = [];

    /// <summary>Creates a scheduler for one request.</summary>
    public BatchScheduler(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    /// <summary>Queues a loader that has keys waiting (idempotent until it is dispatched).</summary>
    public void Enqueue(IBatchDispatcher dispatcher)
    {
        lock (_queued)
        {
            if (!_queued.Contains(dispatcher))
            {
                _queued.Add(dispatcher);
            }
        }

        if (t_passDepth == 0)
        {
            ThreadPool.QueueUserWorkItem(static scheduler => scheduler.DispatchPending(), this, preferLocal: false);
        }
    }

    /// <summary>Starts a synchronous pass; dispatch waits until the outermost pass ends.</summary>
    public static void EnterPass() => t_passDepth++;

    /// <summary>Ends a pass; the outermost one dispatches every queued loader.</summary>
    public void ExitPass()
    {
        if (--t_passDepth == 0)
        {
            DispatchPending();
        }
    }

    /// <summary>Dispatches every queued loader now.</summary>
    public void DispatchPending()
    {
        IBatchDispatcher[] dispatchers;
        lock (_queued)
        {
            if (_queued.Count == 0)
            {
                return;
            }

            dispatchers = [.. _queued];
            _queued.Clear();
        }

        foreach (var dispatcher in dispatchers)
        {
            _ = dispatcher.DispatchAsync(_cancellationToken);
        }
    }

    /// <summary>Continues a batch's waiters as one pass, so the loads they make go out together.</summary>
    internal void Complete(Action completeWaiters)
    {
        EnterPass();
        try
        {
            completeWaiters();
        }
        finally
        {
            ExitPass();
        }
    }
}
