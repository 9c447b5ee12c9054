using System.Reflection;
using System.Runtime.InteropServices;

namespace MemberInsights.ClickHouse.Embedded;

/// <summary>Finds and loads libchdb.so once per process and turns its signal handlers off before any connection.</summary>
internal static class ChdbLibrary
{
    private const string PackageRelativePath = "node_modules/@chdb/lib-linux-x64-gnu/libchdb.so";
    private static readonly Lock Gate = new();
    private static nint s_handle;
    private static string? s_path;

    public static string? LoadedPath => s_path;

    public static void EnsureLoaded(string? configuredPath)
    {
        lock (Gate)
        {
            if (s_handle != 0)
            {
                return;
            }

            var path = Resolve(configuredPath)
                ?? throw new ClickHouseEngineNotInstalledException(null, $"{PackageRelativePath} was not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}");
            var handle = Open(path);
            s_handle = handle;
            s_path = path;
            NativeLibrary.SetDllImportResolver(typeof(ChdbLibrary).Assembly, ResolveImport);
            ChdbNative.chdb_set_signal_handlers_enabled(0);
        }
    }

    /// <summary>Loads a library and checks that it is chDB; throws <see cref="ClickHouseEngineNotInstalledException"/> otherwise.</summary>
    public static nint Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new ClickHouseEngineNotInstalledException(path, "the file does not exist");
        }

        nint handle;
        try
        {
            handle = NativeLibrary.Load(path);
        }
        catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
        {
            throw new ClickHouseEngineNotInstalledException(path, "the library could not be loaded: " + e.Message, e);
        }

        if (!NativeLibrary.TryGetExport(handle, "chdb_connect", out _) || !NativeLibrary.TryGetExport(handle, "chdb_query_with_params_n", out _))
        {
            NativeLibrary.Free(handle);
            throw new ClickHouseEngineNotInstalledException(path, "the library does not export the chDB C API (chdb_connect, chdb_query_with_params_n)");
        }

        return handle;
    }

    private static nint ResolveImport(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == ChdbNative.LibraryName ? s_handle : 0;

    private static string? Resolve(string? configuredPath)
    {
        if (!string.IsNullOrEmpty(configuredPath))
        {
            return Path.GetFullPath(configuredPath);
        }

        if (Environment.GetEnvironmentVariable("CHDB_LIBRARY_PATH") is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        return FindAbove(AppContext.BaseDirectory) ?? FindAbove(Environment.CurrentDirectory);
    }

    private static string? FindAbove(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, PackageRelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
