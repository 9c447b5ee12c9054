using System.Buffers;
using System.Globalization;
using System.Text;

namespace MemberInsights.ClickHouse.Embedded;

/// <summary>
/// One chDB connection. It runs one statement at a time; the pool guarantees that, which also keeps
/// parameterized statements from different threads apart (they are not safe on a shared connection).
/// </summary>
internal sealed unsafe class ChdbConnection : IDisposable
{
    private const int MaxStackParameters = 64;
    private static ReadOnlySpan<byte> OutputFormat => "RowBinaryWithNamesAndTypes"u8;
    private nint* _handle;

    private ChdbConnection(nint* handle) => _handle = handle;

    /// <summary>True once a statement changed session state (SET, USE): the pool then closes it instead of reusing it.</summary>
    public bool SessionChanged { get; set; }

    private nint Native => _handle is null ? throw new ObjectDisposedException(nameof(ChdbConnection)) : *_handle;

    /// <summary>Opens a connection; null when chdb_connect refuses (it gives no reason).</summary>
    public static ChdbConnection? Open(string dataPath, TimeSpan queryTimeout)
    {
        string[] arguments =
        [
            "clickhouse",
            "--path=" + dataPath,
            "--max_execution_time=" + Math.Max(1, (long)Math.Ceiling(queryTimeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
        ];
        var encoded = arguments.Select(a => Encoding.UTF8.GetBytes(a + "\0")).ToArray();
        var pointers = stackalloc byte*[encoded.Length];
        fixed (byte* a0 = encoded[0], a1 = encoded[1], a2 = encoded[2])
        {
            pointers[0] = a0;
            pointers[1] = a1;
            pointers[2] = a2;
            var handle = ChdbNative.chdb_connect(encoded.Length, pointers);
            return handle is null || *handle == 0 ? null : new ChdbConnection(handle);
        }
    }

    /// <summary>Runs a statement and returns its whole output.</summary>
    public ChdbResult Query(string sql, QueryParameters? parameters) =>
        new ChdbResult(Invoke(sql, parameters, streaming: false)).ThrowIfFailed();

    /// <summary>Starts a streaming statement; fetch chunks with <see cref="Fetch"/>.</summary>
    public ChdbResult StartStream(string sql, QueryParameters? parameters) =>
        new ChdbResult(Invoke(sql, parameters, streaming: true)).ThrowIfFailed();

    /// <summary>The next chunk of a streaming statement; an empty chunk marks the end.</summary>
    public ChdbResult Fetch(ChdbResult stream) =>
        new ChdbResult(ChdbNative.chdb_stream_fetch_result(Native, stream.Handle)).ThrowIfFailed();

    public void Cancel(ChdbResult stream) => ChdbNative.chdb_stream_cancel_query(Native, stream.Handle);

    /// <summary>Sends <paramref name="data"/> through the streaming INSERT API (no copy of the data).</summary>
    public QueryStats InsertStream(string insertWithoutFormat, string format, ReadOnlySpan<byte> data)
    {
        var query = Encoding.UTF8.GetBytes(insertWithoutFormat);
        var formatBytes = Encoding.UTF8.GetBytes(format);
        nint stream;
        fixed (byte* q = query, f = formatBytes)
        {
            stream = ChdbNative.chdb_stream_insert_n(Native, q, (nuint)query.Length, f, (nuint)formatBytes.Length);
        }

        try
        {
            ThrowIfInsertFailed(stream);
            fixed (byte* d = data)
            {
                if (ChdbNative.chdb_stream_append(stream, d, (nuint)data.Length) != 0)
                {
                    ThrowIfInsertFailed(stream);
                    throw new ClickHouseException(0, "", "The embedded engine refused the insert data.");
                }
            }

            using var result = new ChdbResult(ChdbNative.chdb_stream_done(stream)).ThrowIfFailed();
            return result.Stats;
        }
        finally
        {
            ChdbNative.chdb_destroy_insert_stream(stream);
        }
    }

    public void Dispose()
    {
        if (_handle is not null)
        {
            ChdbNative.chdb_close_conn(_handle);
            _handle = null;
        }
    }

    private static void ThrowIfInsertFailed(nint stream)
    {
        var error = ChdbNative.chdb_stream_insert_error(stream);
        if (error is not null)
        {
            throw ClickHouseException.FromErrorText(System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)error) ?? "");
        }
    }

    // Encodes the SQL, names and values into one pooled UTF-8 buffer and passes pointers into it.
    private nint Invoke(string sql, QueryParameters? parameters, bool streaming)
    {
        var count = parameters?.Count ?? 0;
        var capacity = Encoding.UTF8.GetMaxByteCount(sql.Length);
        if (parameters is not null)
        {
            foreach (var (name, value) in parameters)
            {
                capacity += Encoding.UTF8.GetMaxByteCount(name.Length) + Encoding.UTF8.GetMaxByteCount(value.Length);
            }
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 1));
        var offsets = count <= MaxStackParameters ? stackalloc int[count * 3] : new int[count * 3];
        try
        {
            var sqlLength = Encoding.UTF8.GetBytes(sql, buffer);
            var position = sqlLength;
            var index = 0;
            if (parameters is not null)
            {
                foreach (var (name, value) in parameters)
                {
                    offsets[index++] = position;
                    position += Encoding.UTF8.GetBytes(name, buffer.AsSpan(position));
                    offsets[index++] = position;
                    position += Encoding.UTF8.GetBytes(value, buffer.AsSpan(position));
                    offsets[index++] = position;
                }
            }

            var names = stackalloc byte*[Math.Max(count, 1)];
            var nameLengths = stackalloc nuint[Math.Max(count, 1)];
            var values = stackalloc byte*[Math.Max(count, 1)];
            var valueLengths = stackalloc nuint[Math.Max(count, 1)];
            fixed (byte* data = buffer)
            fixed (byte* format = OutputFormat)
            {
                for (var i = 0; i < count; i++)
                {
                    names[i] = data + offsets[i * 3];
                    nameLengths[i] = (nuint)(offsets[(i * 3) + 1] - offsets[i * 3]);
                    values[i] = data + offsets[(i * 3) + 1];
                    valueLengths[i] = (nuint)(offsets[(i * 3) + 2] - offsets[(i * 3) + 1]);
                }

                return streaming
                    ? ChdbNative.chdb_stream_query_with_params_n(Native, data, (nuint)sqlLength, format, (nuint)OutputFormat.Length, names, nameLengths, values, valueLengths, (nuint)count)
                    : ChdbNative.chdb_query_with_params_n(Native, data, (nuint)sqlLength, format, (nuint)OutputFormat.Length, names, nameLengths, values, valueLengths, (nuint)count);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
