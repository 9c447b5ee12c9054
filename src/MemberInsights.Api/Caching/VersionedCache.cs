namespace MemberInsights.Api.Caching;

/// <summary>Values cached for one data version at a time; a new version drops them all.</summary>
/// <typeparam name="TKey">What a value is computed for.</typeparam>
/// <typeparam name="TValue">The computed value.</typeparam>
public sealed class VersionedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private string? _version;
    private Dictionary<TKey, TValue> _values = [];

    /// <summary>The values cached for <paramref name="version"/> among <paramref name="keys"/>.</summary>
    public IReadOnlyDictionary<TKey, TValue> Get(string version, IEnumerable<TKey> keys)
    {
        lock (_gate)
        {
            if (_version != version)
            {
                return new Dictionary<TKey, TValue>();
            }

            var found = new Dictionary<TKey, TValue>();
            foreach (var key in keys)
            {
                if (_values.TryGetValue(key, out var value))
                {
                    found[key] = value;
                }
            }

            return found;
        }
    }

    /// <summary>Stores values computed for <paramref name="version"/>.</summary>
    public void Set(string version, IEnumerable<KeyValuePair<TKey, TValue>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        lock (_gate)
        {
            if (_version != version)
            {
                _version = version;
                _values = [];
            }

            foreach (var (key, value) in values)
            {
                _values[key] = value;
            }
        }
    }
}
