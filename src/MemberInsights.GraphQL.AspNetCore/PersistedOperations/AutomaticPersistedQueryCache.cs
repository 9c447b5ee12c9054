namespace MemberInsights.GraphQL.AspNetCore.PersistedOperations;

/// <summary>
/// The documents registered through automatic persisted queries, bounded: when full, the least
/// recently used document is forgotten (its client will simply send the text again).
/// </summary>
internal sealed class AutomaticPersistedQueryCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<(string Id, string Document)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Id, string Document)> _recency = new();
    private readonly Lock _lock = new();

    public AutomaticPersistedQueryCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = capacity;
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(string id, out string document)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(id, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value.Document;
                return true;
            }
        }

        document = string.Empty;
        return false;
    }

    public void Add(string id, string document)
    {
        if (_capacity == 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.ContainsKey(id))
            {
                return;
            }

            if (_entries.Count >= _capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Id);
            }

            _entries[id] = _recency.AddFirst((id, document));
        }
    }
}
