using System.Diagnostics;
using MemberInsights.Warehouse.Loading;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace MemberInsights.Loader.Display;

/// <summary>Shows load progress: a Spectre progress bar with events/s on a terminal, a log line every few seconds otherwise.</summary>
internal static class LoadProgressView
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    public static async Task<T> RunAsync<T>(ILogger logger, Func<IProgress<LoadProgress>, Task<T>> load)
    {
        if (!LoaderApp.Interactive)
        {
            return await load(new LoggedProgress(logger)).ConfigureAwait(false);
        }

        return await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("events", autoStart: true, maxValue: 1);
                var progress = new Progress<LoadProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.BatchesTotal);
                    task.Value = p.BatchesDone;
                    task.Description = $"events {p.Events:N0} ({p.EventsPerSecond:N0}/s, {p.Bytes / 1e6 / Math.Max(p.Elapsed.TotalSeconds, 1e-9):F0} MB/s)";
                });
                var result = await load(progress).ConfigureAwait(false);
                task.Value = task.MaxValue;
                return result;
            }).ConfigureAwait(false);
    }

    private sealed class LoggedProgress(ILogger logger) : IProgress<LoadProgress>
    {
        private readonly Stopwatch _sinceLog = Stopwatch.StartNew();

        public void Report(LoadProgress value)
        {
            if (_sinceLog.Elapsed < LogInterval && value.BatchesDone < value.BatchesTotal)
            {
                return;
            }

            _sinceLog.Restart();
            logger.LogInformation(
                "events: batch {Done}/{Total}, {Events:N0} events, {Rate:N0} events/s",
                value.BatchesDone, value.BatchesTotal, value.Events, value.EventsPerSecond);
        }
    }
}
