using System.Runtime.InteropServices;

namespace MemberInsights.ClickHouse.Embedded;

/// <summary>
/// The chDB C API (chdb.h) as blittable P/Invoke declarations. Strings are passed as UTF-8 byte
/// pointers with explicit lengths, so calls need no marshalling. The library name is resolved by
/// <see cref="ChdbLibrary"/> to the libchdb.so that was found.
/// </summary>
internal static unsafe partial class ChdbNative
{
    public const string LibraryName = "chdb";

    [LibraryImport(LibraryName)]
    public static partial void chdb_set_signal_handlers_enabled(int enabled);

    [LibraryImport(LibraryName)]
    public static partial byte* chdb_version();

    /// <summary>Returns a pointer to the connection handle (pass it to close), or null on failure.</summary>
    [LibraryImport(LibraryName)]
    public static partial nint* chdb_connect(int argc, byte** argv);

    [LibraryImport(LibraryName)]
    public static partial void chdb_close_conn(nint* connection);

    [LibraryImport(LibraryName)]
    public static partial nint chdb_query_n(nint connection, byte* query, nuint queryLength, byte* format, nuint formatLength);

    [LibraryImport(LibraryName)]
    public static partial nint chdb_query_with_params_n(
        nint connection, byte* query, nuint queryLength, byte* format, nuint formatLength,
        byte** names, nuint* nameLengths, byte** values, nuint* valueLengths, nuint count);

    [LibraryImport(LibraryName)]
    public static partial nint chdb_stream_query_with_params_n(
        nint connection, byte* query, nuint queryLength, byte* format, nuint formatLength,
        byte** names, nuint* nameLengths, byte** values, nuint* valueLengths, nuint count);

    [LibraryImport(LibraryName)]
    public static partial nint chdb_stream_fetch_result(nint connection, nint result);

    [LibraryImport(LibraryName)]
    public static partial void chdb_stream_cancel_query(nint connection, nint result);

    [LibraryImport(LibraryName)]
    public static partial void chdb_destroy_query_result(nint result);

    [LibraryImport(LibraryName)]
    public static partial byte* chdb_result_buffer(nint result);

    [LibraryImport(LibraryName)]
    public static partial nuint chdb_result_length(nint result);

    [LibraryImport(LibraryName)]
    public static partial double chdb_result_elapsed(nint result);

    [LibraryImport(LibraryName)]
    public static partial ulong chdb_result_rows_read(nint result);

    [LibraryImport(LibraryName)]
    public static partial ulong chdb_result_bytes_read(nint result);

    [LibraryImport(LibraryName)]
    public static partial ulong chdb_result_rows_written(nint result);

    [LibraryImport(LibraryName)]
    public static partial byte* chdb_result_error(nint result);

    [LibraryImport(LibraryName)]
    public static partial nint chdb_stream_insert_n(nint connection, byte* query, nuint queryLength, byte* format, nuint formatLength);

    [LibraryImport(LibraryName)]
    public static partial int chdb_stream_append(nint stream, byte* data, nuint length);

    [LibraryImport(LibraryName)]
    public static partial nint chdb_stream_done(nint stream);

    [LibraryImport(LibraryName)]
    public static partial byte* chdb_stream_insert_error(nint stream);

    [LibraryImport(LibraryName)]
    public static partial void chdb_destroy_insert_stream(nint stream);
}
