namespace MemberInsights.ClickHouse;

/// <summary>The embedded engine (libchdb.so) is missing or is not a usable chDB library.</summary>
public sealed class ClickHouseEngineNotInstalledException : Exception
{
    /// <summary>Creates the exception for the library path that was tried.</summary>
    public ClickHouseEngineNotInstalledException(string? libraryPath, string problem, Exception? innerException = null)
        : base(
            $"The embedded ClickHouse engine (chDB) is not installed or not usable: {problem}" +
            (libraryPath is null ? "" : $" (library path: {libraryPath})") +
            ". Run `bash build/ensure-node-modules.sh` (npm ci) in the repository root to install it, " +
            "set CHDB_LIBRARY_PATH to a libchdb.so, or set CLICKHOUSE_URL to use a ClickHouse server.",
            innerException)
    {
        LibraryPath = libraryPath;
    }

    /// <summary>The path that was tried, if one was found.</summary>
    public string? LibraryPath { get; }
}
