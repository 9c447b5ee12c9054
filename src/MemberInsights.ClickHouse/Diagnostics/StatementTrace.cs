using System.Diagnostics;
using MemberInsights.ClickHouse.Transport;

namespace MemberInsights.ClickHouse.Diagnostics;

/// <summary>The span and the duration measurement of one statement, from its start to its end or failure.</summary>
internal sealed class StatementTrace
{
    private readonly Activity? _activity;
    private readonly string _kind;
    private readonly string _engine;
    private readonly long _started = Stopwatch.GetTimestamp();
    private string? _errorType;
    private bool _ended;

    private StatementTrace(string kind, EngineKind engine, string database, string sql)
    {
        _kind = kind;
        _engine = engine == EngineKind.Embedded ? "embedded" : "server";
        _activity = ClickHouseDiagnostics.Source.StartActivity(kind, ActivityKind.Client);
        if (_activity is { IsAllDataRequested: true } activity)
        {
            activity.SetTag("db.system.name", "clickhouse");
            activity.SetTag("db.operation.name", kind);
            activity.SetTag("db.namespace", database);
            activity.SetTag("clickhouse.engine", _engine);
            activity.SetTag("db.query.text", sql.Length <= ClickHouseDiagnostics.MaxQueryTextLength ? sql : sql[..ClickHouseDiagnostics.MaxQueryTextLength]);
        }
    }

    /// <summary>Starts the trace of a statement; its kind is its first keyword (SELECT, INSERT, CREATE, ...).</summary>
    public static StatementTrace Start(string sql, EngineKind engine, string database) => new(StatementKind.Of(sql), engine, database, sql);

    /// <summary>Records what the engine reported for the statement.</summary>
    public void Record(QueryStats stats, long writtenBytes = 0)
    {
        if (_activity is { IsAllDataRequested: true } activity)
        {
            activity.SetTag("clickhouse.read_rows", stats.RowsRead);
            activity.SetTag("clickhouse.read_bytes", stats.BytesRead);
            activity.SetTag("clickhouse.written_rows", stats.RowsWritten);
            if (writtenBytes > 0)
            {
                activity.SetTag("clickhouse.written_bytes", writtenBytes);
            }

            activity.SetTag("clickhouse.query_duration_ms", stats.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>Records the rows and bytes a query returned.</summary>
    public void RecordResult(long rows, long bytes)
    {
        if (_activity is { IsAllDataRequested: true } activity)
        {
            activity.SetTag("db.response.returned_rows", rows);
            activity.SetTag("clickhouse.result_bytes", bytes);
        }
    }

    /// <summary>Marks the statement failed with ClickHouse's code and name (never its message, which may quote values).</summary>
    public void Fail(Exception error)
    {
        _errorType = error switch
        {
            ClickHouseException { ErrorName.Length: > 0 } e => e.ErrorName,
            ClickHouseException { ErrorCode: > 0 } e => e.ErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
            OperationCanceledException => "cancelled",
            _ => error.GetType().Name,
        };
        if (_activity is { } activity)
        {
            activity.SetStatus(ActivityStatusCode.Error);
            activity.SetTag("error.type", _errorType);
            if (error is ClickHouseException { ErrorCode: > 0 } clickHouse)
            {
                activity.SetTag("db.response.status_code", clickHouse.ErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>Ends the span and records the duration (once).</summary>
    public void End()
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        var seconds = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var tags = new TagList { { "db.system.name", "clickhouse" }, { "db.operation.name", _kind }, { "clickhouse.engine", _engine } };
        if (_errorType is not null)
        {
            tags.Add("error.type", _errorType);
        }

        ClickHouseDiagnostics.Duration.Record(seconds, tags);
        _activity?.Dispose();
    }
}
