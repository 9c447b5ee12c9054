using System.Runtime.InteropServices;

namespace MemberInsights.ClickHouse.Embedded;

/// <summary>Owns one chdb_result: its native output buffer, statistics and error.</summary>
internal sealed unsafe class ChdbResult : IDisposable
{
    private nint _handle;

    public ChdbResult(nint handle) => _handle = handle;

    public nint Handle => _handle;

    public ReadOnlySpan<byte> Data
    {
        get
        {
            var buffer = ChdbNative.chdb_result_buffer(_handle);
            var length = checked((int)ChdbNative.chdb_result_length(_handle));
            return buffer is null || length == 0 ? default : new ReadOnlySpan<byte>(buffer, length);
        }
    }

    public int Length => checked((int)ChdbNative.chdb_result_length(_handle));

    public byte* Pointer => ChdbNative.chdb_result_buffer(_handle);

    public QueryStats Stats => new(
        (long)ChdbNative.chdb_result_rows_read(_handle),
        (long)ChdbNative.chdb_result_rows_written(_handle),
        (long)ChdbNative.chdb_result_bytes_read(_handle),
        TimeSpan.FromSeconds(ChdbNative.chdb_result_elapsed(_handle)));

    /// <summary>The engine's error text, or null on success.</summary>
    public string? Error
    {
        get
        {
            var error = ChdbNative.chdb_result_error(_handle);
            return error is null ? null : Marshal.PtrToStringUTF8((nint)error);
        }
    }

    /// <summary>Throws the engine's error as a <see cref="ClickHouseException"/>, disposing this result.</summary>
    public ChdbResult ThrowIfFailed()
    {
        if (_handle == 0)
        {
            throw new ClickHouseException(0, "", "The embedded engine returned no result.");
        }

        if (Error is { } error)
        {
            Dispose();
            throw ClickHouseException.FromErrorText(error);
        }

        return this;
    }

    public void Dispose()
    {
        if (_handle != 0)
        {
            ChdbNative.chdb_destroy_query_result(_handle);
            _handle = 0;
        }
    }
}
