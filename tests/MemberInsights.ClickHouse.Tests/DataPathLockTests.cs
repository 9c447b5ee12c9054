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
    public void A_directory_without_a_status_file_is_free() => Assert.False(DataPathLock.IsHeldByAnotherProcess(_directory));

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
