using System.Runtime.InteropServices;

namespace MemberInsights.ClickHouse.Embedded;

/// <summary>
/// Tells whether another process holds the embedded engine's data directory. ClickHouse takes an
/// exclusive flock on <c>&lt;path&gt;/status</c>; a non-blocking attempt on the same file reveals it.
/// </summary>
internal static partial class DataPathLock
{
    private const int ReadOnly = 0;
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int Unlock = 8;

    public static bool IsHeldByAnotherProcess(string dataPath)
    {
        var statusFile = Path.Combine(dataPath, "status");
        if (!File.Exists(statusFile))
        {
            return false;
        }

        var descriptor = Open(statusFile, ReadOnly);
        if (descriptor < 0)
        {
            return false;
        }

        try
        {
            if (Flock(descriptor, LockExclusive | LockNonBlocking) == 0)
            {
                Flock(descriptor, Unlock);
                return false;
            }

            return true;
        }
        finally
        {
            Close(descriptor);
        }
    }

    [LibraryImport("libc.so.6", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc.so.6", EntryPoint = "flock")]
    private static partial int Flock(int descriptor, int operation);

    [LibraryImport("libc.so.6", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
