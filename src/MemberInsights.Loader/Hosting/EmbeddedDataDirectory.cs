namespace MemberInsights.Loader.Hosting;

/// <summary>
/// Tells, before the engine is opened, whether another process holds the embedded data directory. Checking first
/// keeps the engine's own "Cannot lock file" error text off the console. On Unix, .NET takes FileShare.None as an
/// exclusive flock, the same lock ClickHouse holds on &lt;path&gt;/status.
/// </summary>
internal static class EmbeddedDataDirectory
{
    public static bool IsHeldByAnotherProcess(string dataPath)
    {
        var status = Path.Combine(dataPath, "status");
        if (!File.Exists(status))
        {
            return false;
        }

        try
        {
            using var probe = new FileStream(status, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
