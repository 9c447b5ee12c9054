using System.Globalization;

namespace MemberInsights.ClickHouse.Embedded;

/// <summary>
/// Stops an embedded statement whose caller cancelled while it runs. chDB has no cancel call for an ordinary
/// running statement, but it lists the statement in <c>system.processes</c> and honours
/// <c>KILL QUERY ... ASYNC</c> from another connection (<c>SYNC</c> hangs). So a cancellable statement carries a
/// unique tag in a leading comment, and cancelling its token kills whatever statement carries the tag, from a
/// control connection of its own: the pool's connections may all be busy with the statements to stop.
/// </summary>
internal sealed class RunningStatementKiller(Func<ChdbConnection> open) : IDisposable
{
    private const string TagPrefix = "/* mi-statement:";
    private const string KillStatement =
        "KILL QUERY WHERE position(query, {tag:String}) > 0 AND query_id != queryID() ASYNC";

    /// <summary>ClickHouse's QUERY_WAS_CANCELLED.</summary>
    private const int QueryWasCancelled = 394;

    private readonly Lock _gate = new();
    private ChdbConnection? _control;
    private bool _disposed;

    /// <summary>
    /// The statement with its tag, and the registration that kills it when <paramref name="ct"/> is cancelled
    /// (dispose it once the statement has ended). Statements that cannot be cancelled run as they are.
    /// </summary>
    public (string Sql, CancellationTokenRegistration Registration) Watch(string sql, CancellationToken ct)
    {
        if (!ct.CanBeCanceled)
        {
            return (sql, default);
        }

        var tag = TagPrefix + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture) + " */";
        var registration = ct.UnsafeRegister(
            static state =>
            {
                var (killer, tag) = ((RunningStatementKiller, string))state!;
                ThreadPool.UnsafeQueueUserWorkItem(static s => s.Killer.Kill(s.Tag), (Killer: killer, Tag: tag), preferLocal: false);
            },
            (this, tag));
        return (tag + " " + sql, registration);
    }

    /// <summary>Whether <paramref name="error"/> is the engine's answer to a statement killed because <paramref name="ct"/> was cancelled.</summary>
    public static bool IsCancellation(Exception error, CancellationToken ct) =>
        ct.IsCancellationRequested && error is ClickHouseException { ErrorCode: QueryWasCancelled };

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _control?.Dispose();
            _control = null;
        }
    }

    private void Kill(string tag)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            try
            {
                _control ??= open();
                _control.Query(KillStatement, new QueryParameters().Add("tag", tag)).Dispose();
            }
            catch (ClickHouseException)
            {
                // The statement ended on its own, or the engine is closing: max_execution_time still bounds it.
                _control?.Dispose();
                _control = null;
            }
        }
    }
}
