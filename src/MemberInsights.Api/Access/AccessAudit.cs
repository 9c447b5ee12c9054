using System.Threading.Channels;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Access;

/// <summary>What happened to an audited request (the GraphQL <c>AccessOutcome</c>).</summary>
public enum AccessOutcome
{
    /// <summary>An admin endpoint ran, whatever it answered.</summary>
    AdminAction,

    /// <summary>No valid credentials: 401.</summary>
    Unauthenticated,

    /// <summary>Roles or scope refused the request (403) or one of its fields (FORBIDDEN).</summary>
    Forbidden,

    /// <summary>Over a rate limit: 429.</summary>
    RateLimited,
}

/// <summary>One row of <c>access_audit_log</c>.</summary>
public sealed record AccessAuditEntry(
    DateTimeOffset At,
    string RequestId,
    string Caller,
    IReadOnlyList<string> Roles,
    string Scope,
    string Method,
    string Path,
    string? OperationName,
    string? DocumentId,
    int StatusCode,
    AccessOutcome Outcome,
    double DurationMs);

/// <summary>
/// Writes audited requests to <c>access_audit_log</c> off the request path: entries queue (up to 10,000; beyond that
/// they are counted and logged as dropped rather than slowing requests down) and a background writer inserts them in
/// batches. Values travel as query parameters.
/// </summary>
public sealed partial class AccessAudit(ClickHouseClient client, ILogger<AccessAudit> logger) : BackgroundService
{
    private const int Capacity = 10_000;
    private const int MaxBatch = 200;

    private readonly Channel<object> _queue = Channel.CreateBounded<object>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>The warehouse value of an outcome (<c>admin_action</c>, ...).</summary>
    public static string ToWarehouse(AccessOutcome outcome) => outcome switch
    {
        AccessOutcome.AdminAction => "admin_action",
        AccessOutcome.Unauthenticated => "unauthenticated",
        AccessOutcome.Forbidden => "forbidden",
        _ => "rate_limited",
    };

    /// <summary>Queues an entry.</summary>
    public void Record(AccessAuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_queue.Writer.TryWrite(entry))
        {
            LogDropped(logger, entry.RequestId);
        }
    }

    /// <summary>Completes when everything queued before the call is written.</summary>
    public async Task FlushAsync(CancellationToken ct = default)
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync(flushed, ct);
        await flushed.Task.WaitAsync(ct);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<AccessAuditEntry>(MaxBatch);
        var flushes = new List<TaskCompletionSource>();
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                if (item is AccessAuditEntry entry)
                {
                    batch.Add(entry);
                }
                else
                {
                    flushes.Add((TaskCompletionSource)item);
                    break;
                }
            }

            try
            {
                await WriteAsync(batch, stoppingToken);
            }
            catch (Exception e)
            {
                // A failing warehouse must not take requests down; the request log line still has every entry.
                if (!stoppingToken.IsCancellationRequested)
                {
                    LogFailed(logger, e, batch.Count);
                }
            }

            batch.Clear();
            flushes.ForEach(f => f.TrySetResult());
            flushes.Clear();
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task WriteAsync(List<AccessAuditEntry> batch, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var parameters = new QueryParameters();
        var rows = new List<string>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var e = batch[i];
            rows.Add($"({{at{i}:DateTime64(3, 'UTC')}}, {{request{i}:String}}, {{caller{i}:String}}, {{roles{i}:Array(String)}}, {{scope{i}:String}}, "
                + $"{{method{i}:String}}, {{path{i}:String}}, {{operation{i}:String}}, {{document{i}:String}}, {{status{i}:UInt16}}, {{outcome{i}:String}}, {{duration{i}:Float64}})");
            parameters.Add($"at{i}", e.At.UtcDateTime).Add($"request{i}", e.RequestId).Add($"caller{i}", e.Caller).Add($"roles{i}", e.Roles.ToArray())
                .Add($"scope{i}", e.Scope).Add($"method{i}", e.Method).Add($"path{i}", e.Path).Add($"operation{i}", e.OperationName ?? "")
                .Add($"document{i}", e.DocumentId ?? "").Add($"status{i}", e.StatusCode).Add($"outcome{i}", ToWarehouse(e.Outcome)).Add($"duration{i}", e.DurationMs);
        }

        await client.ExecuteAsync(
            "INSERT INTO access_audit_log (at, request_id, caller, roles, scope, method, path, operation_name, document_id, status_code, outcome, duration_ms) VALUES "
            + string.Join(", ", rows), parameters, ct: ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Access audit queue full: request {RequestId} not recorded")]
    private static partial void LogDropped(ILogger logger, string requestId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Access audit: {Count} entries could not be written")]
    private static partial void LogFailed(ILogger logger, Exception exception, int count);
}
