using System.Collections.Concurrent;

namespace MemberInsights.ClickHouse.Embedded;

/// <summary>
/// Hands out at most <c>size</c> chDB connections at once, opening them on demand and reusing idle
/// ones. A connection whose session state a statement changed is closed instead of reused.
/// </summary>
internal sealed class ChdbConnectionPool : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<ChdbConnection> _idle = [];
    private readonly Func<ChdbConnection> _open;
    private bool _disposed;

    public ChdbConnectionPool(int size, Func<ChdbConnection> open)
    {
        _slots = new SemaphoreSlim(size, size);
        _open = open;
    }

    public async ValueTask<ChdbConnection> RentAsync(CancellationToken ct)
    {
        await _slots.WaitAsync(ct).ConfigureAwait(false);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var connection))
        {
            return connection;
        }

        try
        {
            return _open();
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Adds an already open connection to the idle set (it counts against no slot until rented).</summary>
    public void AddIdle(ChdbConnection connection) => _idle.Add(connection);

    public void Return(ChdbConnection connection)
    {
        if (connection.SessionChanged || _disposed)
        {
            connection.Dispose();
        }
        else
        {
            _idle.Add(connection);
        }

        _slots.Release();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }
}
