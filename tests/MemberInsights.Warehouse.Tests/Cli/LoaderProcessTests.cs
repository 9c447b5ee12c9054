using System.Diagnostics;
using System.Text.Json;

namespace MemberInsights.Warehouse.Tests.Cli;

/// <summary>The loader CLI as a separate process (chDB allows one data path per process, and the lock test needs two processes).</summary>
public sealed class LoaderProcessTests : IDisposable
{
    private static readonly string LoaderDll = Path.Combine(AppContext.BaseDirectory, "MemberInsights.Loader.dll");
    private readonly string _directory = Directory.CreateTempSubdirectory("mi-loader-cli-").FullName;

    [Fact]
    public async Task A_data_path_held_by_another_process_gets_a_plain_message_and_no_stack_trace()
    {
        var package = FindAbove(AppContext.BaseDirectory, "node_modules/@chdb/lib-linux-x64-gnu");
        var script = $"const c = require({JsonSerializer.Serialize(package)}); const conn = c.CreateConnection({JsonSerializer.Serialize(_directory)}); " +
            "c.QueryWithConnection(conn, 'SELECT 1', 'CSV'); console.log('locked'); " +
            "process.stdin.resume(); process.stdin.on('end', () => { c.CloseConnection(conn); process.exit(0); });";
        using var holder = Process.Start(new ProcessStartInfo("node", ["-e", script]) { RedirectStandardInput = true, RedirectStandardOutput = true })!;
        try
        {
            Assert.Equal("locked", await holder.StandardOutput.ReadLineAsync());

            var (exit, output) = await RunLoaderAsync("status", "--data-path", _directory);

            Assert.Equal(3, exit);
            Assert.Contains("in use by another process", output, StringComparison.Ordinal);
            Assert.Contains("stop the API", output, StringComparison.Ordinal);
            Assert.Contains("/admin/load", output, StringComparison.Ordinal);
            Assert.Contains(_directory, output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
            Assert.Contains($"in use by another process (process id {holder.Id}: node -e", output, StringComparison.Ordinal);
            Assert.DoesNotContain(":5080", output, StringComparison.Ordinal);
            Assert.Contains("$API/admin/load", output, StringComparison.Ordinal);
        }
        finally
        {
            holder.StandardInput.Close();
            await holder.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task The_locked_message_names_the_port_the_holder_really_listens_on()
    {
        var package = FindAbove(AppContext.BaseDirectory, "node_modules/@chdb/lib-linux-x64-gnu");
        var script = $"const c = require({JsonSerializer.Serialize(package)}); const conn = c.CreateConnection({JsonSerializer.Serialize(_directory)}); " +
            "c.QueryWithConnection(conn, 'SELECT 1', 'CSV'); const server = require('net').createServer().listen(0, '127.0.0.1', () => console.log(server.address().port)); " +
            "process.stdin.resume(); process.stdin.on('end', () => { server.close(); c.CloseConnection(conn); process.exit(0); });";
        using var holder = Process.Start(new ProcessStartInfo("node", ["-e", script]) { RedirectStandardInput = true, RedirectStandardOutput = true })!;
        try
        {
            var port = int.Parse((await holder.StandardOutput.ReadLineAsync())!, System.Globalization.CultureInfo.InvariantCulture);

            var (exit, output) = await RunLoaderAsync("load", "--data-path", _directory);

            Assert.Equal(3, exit);
            Assert.Contains($"it listens on http://127.0.0.1:{port}", output, StringComparison.Ordinal);
            Assert.Contains($"http://127.0.0.1:{port}/admin/load", output, StringComparison.Ordinal);
            Assert.Contains($"\"http://127.0.0.1:{port}/admin/ingest?file=export.ndjson\"", output, StringComparison.Ordinal);
        }
        finally
        {
            holder.StandardInput.Close();
            await holder.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Redirected_output_has_no_colour_codes_and_dates_are_iso_8601()
    {
        var (exit, output) = await RunLoaderAsync("load", "--preset", "tiny", "--members", "20", "--days", "3", "--data-path", _directory);

        Assert.Equal(0, exit);
        Assert.Contains("(2026-10-29 to 2026-10-31)", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
        Assert.Contains("│ failed checks    │ 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_color_keeps_colour_codes_off_a_terminal()
    {
        Assert.Equal(0, (await RunLoaderAsync("migrate", "--data-path", _directory)).Exit);

        var coloured = await RunOnTerminalAsync(noColor: false, "status", "--data-path", _directory);
        var plain = await RunOnTerminalAsync(noColor: true, "status", "--data-path", _directory);

        Assert.Contains("Latest runs", plain, StringComparison.Ordinal);
        Assert.Contains("\u001b[38;", coloured, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[38;", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[3", plain.Replace("\u001b[3J", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_then_status_lists_applied_migrations_and_tables()
    {
        Assert.Equal(0, (await RunLoaderAsync("migrate", "--data-path", _directory)).Exit);

        var (exit, output) = await RunLoaderAsync("status", "--data-path", _directory);

        Assert.Equal(0, exit);
        Assert.Contains("001_dimensions.sql", output, StringComparison.Ordinal);
        Assert.Contains("Applied", output, StringComparison.Ordinal);
        Assert.Contains("stg_member_events", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_load_killed_with_sigkill_shows_as_interrupted_in_status()
    {
        await KillLoadAfterDimensionsAsync();

        var (exit, output) = await RunLoaderAsync("status", "--data-path", _directory);

        Assert.Equal(0, exit);
        var load = Assert.Single(output.Split('\n'), line => line.Contains(" load ", StringComparison.Ordinal));
        Assert.Contains("interrupted", load, StringComparison.Ordinal);
        Assert.DoesNotContain("succeeded", load, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loads_killed_twice_then_resumed_hold_each_class_once_and_the_inventory_says_so()
    {
        await KillLoadAfterDimensionsAsync();
        await KillLoadAfterDimensionsAsync();

        Assert.Equal(0, (await RunLoaderAsync([.. KilledLoad, "--data-path", _directory])).Exit);

        var (exit, status) = await RunLoaderAsync("status", "--data-path", _directory);
        Assert.Equal(0, exit);
        var classes = 60 * Warehouse.Generation.StudioNetwork.ClassesOn(new DateOnly(2026, 10, 1)).Count();
        var inventory = Assert.Single(status.Split('\n'), line => line.Contains(" dim_classes ", StringComparison.Ordinal));
        Assert.Contains($" {classes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} ", inventory, StringComparison.Ordinal);
        Assert.Equal(2, status.Split('\n').Count(line => line.Contains(" interrupted ", StringComparison.Ordinal)));
        Assert.Single(status.Split('\n'), line => line.Contains(" succeeded ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingesting_a_megabyte_bad_value_prints_a_few_short_lines()
    {
        var file = Path.Combine(_directory, "huge.ndjson");
        await File.WriteAllTextAsync(file, $$"""{"event_id":"9b0e4f3a-1111-4c4c-8888-000000000009","member_id":2,"event_time":"2026-10-28T08:00:00Z","event_type":"{{new string('z', 1 << 20)}}"}""" + "\n");

        var (exit, output) = await RunLoaderAsync("ingest", file, "--data-path", Path.Combine(_directory, "data"));

        Assert.Equal(0, exit);
        Assert.Contains("event_type 'zzz", output, StringComparison.Ordinal);
        Assert.InRange(output.Length, 1, 20_000);
        Assert.All(output.Split('\n'), line => Assert.InRange(line.Length, 0, 250));
    }

    [Theory]
    [InlineData("load", "--preset", "huge")]
    [InlineData("load", "--members", "ten")]
    [InlineData("ingest")]
    [InlineData("explode")]
    public async Task A_bad_command_line_is_a_usage_error(params string[] args)
    {
        var (exit, output) = await RunLoaderAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("loader help", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // 10,000 members over 60 days: the event step takes seconds, so the kill lands inside it.
    private static readonly string[] KilledLoad = ["load", "--preset", "demo", "--days", "60"];

    /// <summary>Starts a load, waits until its dimensions are written, and kills the process with SIGKILL.</summary>
    private async Task KillLoadAfterDimensionsAsync()
    {
        var start = new ProcessStartInfo("dotnet", [LoaderDll, .. KilledLoad, "--data-path", _directory]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Remove("CLICKHOUSE_URL");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var seen = new List<string>();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            seen.Add(line);
            if (line.Contains("dimensions:", StringComparison.Ordinal))
            {
                process.Kill();
                break;
            }
        }

        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 137 || seen.Any(l => l.Contains("dimensions:", StringComparison.Ordinal)),
            $"the load ended before its dimensions were written: {string.Join(Environment.NewLine, seen)}{await stderr}");
        Assert.DoesNotContain(seen, l => l.Contains("Loaded ", StringComparison.Ordinal));
    }

    private static async Task<(int Exit, string Output)> RunLoaderAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [LoaderDll, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Remove("CLICKHOUSE_URL");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Runs the loader on a pseudo-terminal (util-linux script), as a person at a terminal would.</summary>
    private static async Task<string> RunOnTerminalAsync(bool noColor, params string[] args)
    {
        var command = string.Join(' ', new[] { "dotnet", LoaderDll }.Concat(args).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        var start = new ProcessStartInfo("script", ["-qefc", command, "/dev/null"]) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.Environment.Remove("CLICKHOUSE_URL");
        start.Environment["TERM"] = "xterm-256color";
        start.Environment.Remove("NO_COLOR");
        if (noColor)
        {
            start.Environment["NO_COLOR"] = "1";
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await stdout + await stderr);
        return await stdout;
    }

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
