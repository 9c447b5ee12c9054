using System.Diagnostics;
using MemberInsights.ClickHouse.Embedded;

namespace MemberInsights.ClickHouse.Tests;

/// <summary>The lock chDB takes on &lt;path&gt;/status is detected when another process holds it.</summary>
public sealed class DataPathLockTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mi-lock-").FullName;

    [Fact]
    public void A_status_file_locked_by_another_process_is_detected()
    {
        var status = Path.Combine(_directory, "status");
        File.WriteAllText(status, "pid");
        Assert.False(DataPathLock.IsHeldByAnotherProcess(_directory));

        using var holder = Process.Start(new ProcessStartInfo("flock", ["--exclusive", status, "-c", "echo locked; cat"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        })!;
        try
        {
            Assert.Equal("locked", holder.StandardOutput.ReadLine());
            Assert.True(DataPathLock.IsHeldByAnotherProcess(_directory));
            Assert.Contains(_directory, new ClickHouseDataPathLockedException(_directory).Message, StringComparison.Ordinal);
        }
        finally
        {
            holder.StandardInput.Close();
            holder.WaitForExit();
        }

        Assert.False(DataPathLock.IsHeldByAnotherProcess(_directory));
    }

    [Fact]
    public void A_data_path_held_by_another_chdb_process_is_detected()
    {
        var package = FindAbove(AppContext.BaseDirectory, "node_modules/@chdb/lib-linux-x64-gnu");
        var script = $"const c = require({System.Text.Json.JsonSerializer.Serialize(package)}); " +
            $"const conn = c.CreateConnection({System.Text.Json.JsonSerializer.Serialize(_directory)}); " +
            "c.QueryWithConnection(conn, 'SELECT 1', 'CSV'); console.log('locked'); " +
            "process.stdin.resume(); process.stdin.on('end', () => { c.CloseConnection(conn); process.exit(0); });";
        using var holder = Process.Start(new ProcessStartInfo("node", ["-e", script]) { RedirectStandardInput = true, RedirectStandardOutput = true })!;
        try
        {
            Assert.Equal("locked", holder.StandardOutput.ReadLine());
            Assert.True(DataPathLock.IsHeldByAnotherProcess(_directory));
        }
        finally
        {
            holder.StandardInput.Close();
            holder.WaitForExit();
        }

        Assert.False(DataPathLock.IsHeldByAnotherProcess(_directory));
    }

    [Fact]
    public void A_directory_without_a_status_file_is_free() => Assert.False(DataPathLock.IsHeldByAnotherProcess(_directory));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string FindAbove(string start, string relative)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(relative + " was not found; run bash build/ensure-node-modules.sh");
    }
}
