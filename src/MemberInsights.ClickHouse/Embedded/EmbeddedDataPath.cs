namespace MemberInsights.ClickHouse.Embedded;

/// <summary>
/// chDB serves one data directory per process: a connection to any other path fails with no message.
/// This registry lets any number of clients share the open path and refuses a different one clearly.
/// </summary>
internal static class EmbeddedDataPath
{
    private static readonly Lock Gate = new();
    private static string? s_openPath;
    private static int s_users;

    public static void Acquire(string normalizedPath)
    {
        lock (Gate)
        {
            if (s_openPath is not null && s_openPath != normalizedPath)
            {
                throw new InvalidOperationException(
                    $"The embedded ClickHouse engine already serves '{s_openPath}' in this process; it can open only one data directory " +
                    $"per process, so '{normalizedPath}' cannot be opened until every client of the first one is disposed.");
            }

            s_openPath = normalizedPath;
            s_users++;
        }
    }

    public static void Release(string normalizedPath)
    {
        lock (Gate)
        {
            if (s_openPath == normalizedPath && --s_users == 0)
            {
                s_openPath = null;
            }
        }
    }
}
