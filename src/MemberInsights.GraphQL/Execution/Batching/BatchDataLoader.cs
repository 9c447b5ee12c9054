namespace MemberInsights.GraphQL.Execution.Batching;

/// <summary>
/// A request-scoped DataLoader: keys requested by sibling fields and list items are collected and
/// fetched with one call to the batch function; results are cached per key for the request.
/// Get one with <see cref="DataLoaderResolverContextExtensions.BatchLoader{TKey, TValue}"/>.
/// </summary>
/// <typeparam name="TKey">The key type (e.g. a member id).</typeparam>
/// <typeparam name="TValue">The loaded value type.</typeparam>
public sealed class BatchDataLoader<TKey, TValue> : IBatchDispatcher
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly BatchScheduler _scheduler;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _cache = [];
    private List<TKey> _pending = [];

    /// <summary>Creates a loader; <paramref name="fetch"/> returns the values found (missing keys load as default).</summary>
    public BatchDataLoader(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, BatchScheduler scheduler)
    {
        _fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
        _scheduler = scheduler ?? throw new ArgumentNullException(nameof(scheduler));
    }

    /// <summary>The number of batch calls made so far.</summary>
    public int BatchCount { get; private set; }

    /// <summary>Loads the value for a key; completes when the batch containing it has been fetched.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out var existing))
            {
                return existing.Task;
            }

            var waiter = new TaskCompletionSource<TValue?>();
            _cache[key] = waiter;
            _pending.Add(key);
            _scheduler.Enqueue(this);
            return waiter.Task;
        }
    }

    /// <inheritdoc />
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        lock (_cache)
        {
            keys = _pending;
            _pending = [];
            BatchCount++;
        }

        if (keys.Count == 0)
        {
            return;
        }

        IReadOnlyDictionary<TKey, TValue>? values = null;
        Exception? failure = null;
        try
        {
            values = await _fetch(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        _scheduler.Complete(() =>
        {
            foreach (var key in keys)
            {
                TaskCompletionSource<TValue?> waiter;
                lock (_cache)
                {
                    waiter = _cache[key];
                }

                if (failure is not null)
                {
                    waiter.TrySetException(failure);
                }
                else
                {
                    waiter.TrySetResult(values!.TryGetValue(key, out var value) ? value : default);
                }
            }
        });
    }
}

/// <summary>Access to request-scoped DataLoaders from resolvers.</summary>
public static class DataLoaderResolverContextExtensions
{
    /// <summary>The loader named <paramref name="name"/> for this request, created on first use with <paramref name="fetch"/>.</summary>
    public static BatchDataLoader<TKey, TValue> BatchLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = "MemberInsights.GraphQL.DataLoader:" + name;
        var items = context.RequestItems;
        lock (items)
        {
            if (items.TryGetValue(key, out var existing) && existing is BatchDataLoader<TKey, TValue> loader)
            {
                return loader;
            }

            var scheduler = (BatchScheduler)items[BatchScheduler.RequestItemKey]!;
            var created = new BatchDataLoader<TKey, TValue>(fetch, scheduler);
            items[key] = created;
            return created;
        }
    }
}
