using System.Globalization;
using MemberInsights.ClickHouse;
using MemberInsights.Loader.Cli;
using MemberInsights.Loader.Commands;
using MemberInsights.Loader.Display;
using MemberInsights.Loader.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Extensions.Logging;
using Spectre.Console;

namespace MemberInsights.Loader;

/// <summary>Parses the command line, opens the warehouse and runs one command; maps failures to plain messages and exit codes.</summary>
internal static class LoaderApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        LoaderArguments arguments;
        try
        {
            arguments = LoaderArguments.Parse(args);
            if (arguments.Command == "load")
            {
                arguments.ToGeneratorOptions();
            }
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync(e.Message + Environment.NewLine + "Run 'loader help' for usage.").ConfigureAwait(false);
            return ExitCode.Usage;
        }

        ConsoleSetup.Apply();

        if (arguments.Command == "help")
        {
            Console.WriteLine(Usage.Text);
            return ExitCode.Success;
        }

        using var serilog = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("MemberInsights.ClickHouse", Serilog.Events.LogEventLevel.Warning)
            .WriteTo.Console(outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}", formatProvider: ConsoleSetup.Iso, theme: ConsoleSetup.Theme)
            .CreateLogger();
        using var loggerFactory = new SerilogLoggerFactory(serilog);
        var logger = loggerFactory.CreateLogger("loader");
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var options = ClickHouseOptions.FromEnvironment();
        if (arguments.DataPath is not null)
        {
            options = options with { DataPath = arguments.DataPath };
        }

        if (options.ServerUrl is null && EmbeddedDataDirectory.IsHeldByAnotherProcess(options.NormalizedDataPath))
        {
            await Console.Error.WriteLineAsync(LockedMessage(options.NormalizedDataPath, DataPathHolder.Find(options.NormalizedDataPath))).ConfigureAwait(false);
            return ExitCode.DataPathLocked;
        }

        try
        {
            var client = ClickHouseClient.Create(options with { QueryTimeout = TimeSpan.FromMinutes(30) }, loggerFactory);
            await using (client.ConfigureAwait(false))
            {
                return arguments.Command switch
                {
                    "migrate" => await MigrateCommand.RunAsync(client, logger, cancel.Token).ConfigureAwait(false),
                    "load" => await LoadCommand.RunAsync(client, arguments, loggerFactory, cancel.Token).ConfigureAwait(false),
                    "ingest" => await IngestCommand.RunAsync(client, arguments.File!, loggerFactory, cancel.Token).ConfigureAwait(false),
                    "check" => await CheckCommand.RunAsync(client, logger, cancel.Token).ConfigureAwait(false),
                    _ => await StatusCommand.RunAsync(client, cancel.Token).ConfigureAwait(false),
                };
            }
        }
        catch (ClickHouseDataPathLockedException e)
        {
            await Console.Error.WriteLineAsync(LockedMessage(e.DataPath, DataPathHolder.Find(e.DataPath))).ConfigureAwait(false);
            return ExitCode.DataPathLocked;
        }
        catch (ClickHouseEngineNotInstalledException e)
        {
            logger.LogError("{Message} Run: bash build/ensure-node-modules.sh", e.Message);
            return ExitCode.Failure;
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Cancelled. Batches already inserted stay; running the same load again completes it without duplicates.");
            return ExitCode.Failure;
        }
        catch (Exception e) when (e is ClickHouseException or InvalidOperationException or IOException or HttpRequestException)
        {
            logger.LogError("{Command} failed: {Message}", arguments.Command, e.Message);
            return ExitCode.Failure;
        }
    }

    /// <summary>
    /// What to tell the user when another process (usually the running API) holds the embedded data directory: the
    /// holder and, when it listens on a port, the admin requests at that address; otherwise the requests without one.
    /// </summary>
    public static string LockedMessage(string dataPath, DataPathHolder? holder)
    {
        var who = holder is null
            ? "another process"
            : $"another process (process id {holder.ProcessId.ToString(CultureInfo.InvariantCulture)}: {holder.Command})";
        var api = holder?.LocalUrl ?? "$API";
        var where = holder?.LocalUrl is { } url
            ? $"it listens on {url}"
            : "$API below stands for the address the API listens on (it listens on no port this loader could see)";
        return $$"""
            The warehouse data directory is in use by {{who}}:
              {{dataPath}}
            The embedded ClickHouse engine lets only one process open it, and it is probably the running
            Member Insights API (or another loader). Either:
              - ask the running API to do it, if it was started with an admin key (Insights__AdminKey);
                {{where}}:
                  curl -X POST -H "X-Admin-Key: $KEY" -H "Content-Type: application/json" -d '{"preset":"demo"}' {{api}}/admin/load
                  curl -X POST -H "X-Admin-Key: $KEY" --data-binary @export.ndjson "{{api}}/admin/ingest?file=export.ndjson"
                  curl -X POST -H "X-Admin-Key: $KEY" {{api}}/admin/check
              - stop the API, run this command again, then start the API; or
              - point this command at another directory with --data-path or CLICKHOUSE_DATA_PATH.
            """;
    }

    /// <summary>Whether progress can be drawn (an interactive terminal), else plain log lines are written.</summary>
    public static bool Interactive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
}
