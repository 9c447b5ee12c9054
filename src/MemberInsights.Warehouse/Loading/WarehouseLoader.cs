using System.Diagnostics;
using System.Threading.Channels;
using MemberInsights.ClickHouse;
using MemberInsights.Warehouse.Generation;
using MemberInsights.Warehouse.Operations;
using MemberInsights.Warehouse.Quality;
using MemberInsights.Warehouse.Tables;
using Microsoft.Extensions.Logging;

namespace MemberInsights.Warehouse.Loading;

/// <summary>
/// Loads generated data: dimensions first, then telemetry batches streamed through a bounded queue
/// (generation overlaps the insert; the materialized views maintain the fact and marts as each batch
/// lands), then data-quality checks and the model inventory. Every step goes to pipeline_run_log.
/// </summary>
public sealed class WarehouseLoader
{
    private readonly ClickHouseClient _client;
    private readonly ILogger _logger;

    /// <summary>Creates a loader over a migrated warehouse.</summary>
    public WarehouseLoader(ClickHouseClient client, ILogger<WarehouseLoader> logger)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Runs a load.</summary>
    /// <exception cref="LoadConflictException">The warehouse holds data of another seed.</exception>
    public async Task<LoadReport> LoadAsync(GeneratorOptions generator, LoadOptions? options = null, IProgress<LoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(generator);
        generator.Validate();
        options ??= new LoadOptions();
        var run = new PipelineRun(new PipelineRunLog(_client), "load", _logger);
        var total = Stopwatch.StartNew();
        _logger.LogInformation(
            "Load {RunId}: {Members} members, {Days} days ({First:yyyy-MM-dd} to {Last:yyyy-MM-dd}), seed {Seed}",
            run.RunId, generator.Members, generator.Days, generator.StartDate, generator.EndDate, generator.Seed);
        try
        {
            if (options.IfEmpty && await _client.ScalarAsync<ulong>("SELECT count() FROM stg_member_events", ct: ct).ConfigureAwait(false) > 0)
            {
                _logger.LogInformation("The warehouse already holds events: load skipped (--if-empty)");
                await run.TryRecordAsync(run.Closing("skipped") with { Details = "stg_member_events is not empty" }).ConfigureAwait(false);
                return new LoadReport { RunId = run.RunId, Skipped = true, TotalElapsed = total.Elapsed };
            }

            var coverage = new LoadCoverage(_client);
            IReadOnlyList<LoadBatch> batches = [];
            await run.StepAsync("plan", async token =>
            {
                var seeds = await coverage.SeedsAsync(token).ConfigureAwait(false);
                if (seeds.Any(s => s != generator.Seed))
                {
                    throw new LoadConflictException(
                        $"This warehouse holds data generated with seed {string.Join(", ", seeds)}; loading seed {generator.Seed} on top would mix two " +
                        "populations under the same member ids. Use the same --seed, or an empty data path.");
                }

                var covered = await coverage.CoveredThroughAsync(generator.Seed, token).ConfigureAwait(false);
                batches = LoadBatchPlanner.Plan(generator.StartDate, generator.Days, (uint)generator.Members, covered, options.MemberDaysPerBatch);
                return new StepOutcome(0, (ulong)batches.Count, Details: $"{batches.Count} batches to load, {covered.Count} days already covered");
            }, ct).ConfigureAwait(false);

            MemberCatalog? members = null;
            var dimensionRows = (await run.StepAsync("dimensions", async token =>
            {
                members = await Task.Run(() => new MemberCatalog(generator), token).ConfigureAwait(false);
                var writer = new DimensionWriter(_client);
                var rows = await writer.WriteMembersAsync(members, generator, token).ConfigureAwait(false);
                rows += await writer.WriteStudiosAsync(generator, token).ConfigureAwait(false);
                rows += await writer.WriteClassesAsync(generator.StartDate, generator.Days, token).ConfigureAwait(false);
                return new StepOutcome((ulong)members.Count, (ulong)rows);
            }, ct).ConfigureAwait(false)).RowsOut;

            var events = new EventStepResult(0, 0, 0, TimeSpan.Zero);
            await run.StepAsync("events", async token =>
            {
                events = await InsertBatchesAsync(new BatchGenerator(members!, generator.Seed), batches, generator.Seed, run.RunId, options, progress, token)
                    .ConfigureAwait(false);
                return new StepOutcome((ulong)events.Events, (ulong)(events.Events + events.Bookings),
                    Details: $"{batches.Count} batches, {events.Bytes / 1e6:F1} MB, {events.Events / Math.Max(events.Elapsed.TotalSeconds, 1e-9):F0} events/s");
            }, ct).ConfigureAwait(false);

            IReadOnlyList<QualityCheckResult> checks = [];
            if (options.RunChecks)
            {
                checks = await new QualityCheckRunner(_client).RunAsync(run, ct: ct).ConfigureAwait(false);
                foreach (var failed in checks.Where(c => !c.Passed))
                {
                    _logger.LogWarning("Check {Check} failed: {Details}", failed.Name, failed.Details);
                }
            }

            IReadOnlyList<ModelEntry> inventory = [];
            await run.StepAsync("model_inventory", async token =>
            {
                inventory = await new ModelInventory(_client).RefreshAsync(token).ConfigureAwait(false);
                return new StepOutcome(0, (ulong)inventory.Count);
            }, ct).ConfigureAwait(false);

            var failedChecks = checks.Count(c => !c.Passed);
            await run.TryRecordAsync(run.Closing(failedChecks == 0 ? "succeeded" : "warned") with
            {
                RowsOut = (ulong)events.Events,
                Details = $"{failedChecks} failed checks",
            }).ConfigureAwait(false);
            return new LoadReport
            {
                RunId = run.RunId,
                DimensionRows = (long)dimensionRows,
                Batches = batches.Count,
                Events = events.Events,
                Bookings = events.Bookings,
                Bytes = events.Bytes,
                EventElapsed = events.Elapsed,
                TotalElapsed = total.Elapsed,
                Checks = checks,
                Inventory = inventory,
            };
        }
        catch (Exception e)
        {
            await run.TryRecordAsync(run.Closing("failed") with { Error = e.Message }).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<EventStepResult> InsertBatchesAsync(
        BatchGenerator generator, IReadOnlyList<LoadBatch> batches, ulong seed, Guid runId, LoadOptions options, IProgress<LoadProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var queue = Channel.CreateBounded<Task<GeneratedBatch>>(new BoundedChannelOptions(Math.Max(1, options.QueuedBatches))
        {
            SingleReader = false,
            SingleWriter = true,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var batch in batches)
                {
                    await queue.Writer.WriteAsync(Task.Run(() => generator.Generate(batch), stop.Token), stop.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                queue.Writer.TryComplete();
            }
        }, stop.Token);

        var coverage = new LoadCoverage(_client);
        long events = 0, bookings = 0, bytes = 0;
        var done = 0;
        var report = new Lock();

        // Several inserts at once: one insert (and its views) runs mostly on one core, so this is what uses the others.
        async Task InsertAllAsync()
        {
            try
            {
                await foreach (var pending in queue.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
                {
                    var generated = await pending.ConfigureAwait(false);
                    await WarehouseTables.MemberEvents.InsertAsync(_client, generated.Events, Token(generated.Batch.TokenFor(seed, WarehouseTables.MemberEvents.Name)), stop.Token).ConfigureAwait(false);
                    if (generated.Bookings.RowCount > 0)
                    {
                        await WarehouseTables.ClassAttendance.InsertAsync(_client, generated.Bookings, Token(generated.Batch.TokenFor(seed, WarehouseTables.ClassAttendance.Name)), stop.Token)
                            .ConfigureAwait(false);
                    }

                    await coverage.RecordAsync(seed, generated, runId, stop.Token).ConfigureAwait(false);
                    lock (report)
                    {
                        events += generated.Events.RowCount;
                        bookings += generated.Bookings.RowCount;
                        bytes += generated.Bytes;
                        progress?.Report(new LoadProgress(++done, batches.Count, events, bytes, clock.Elapsed));
                    }
                }
            }
            catch
            {
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }

        var workers = Enumerable.Range(0, Math.Max(1, options.ParallelInserts)).Select(_ => Task.Run(InsertAllAsync, CancellationToken.None)).Append(producer).ToArray();
        try
        {
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // A worker failed and cancelled the others: surface its error, not the cancellation.
        }

        if (workers.Select(w => w.Exception?.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException) is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        ct.ThrowIfCancellationRequested();
        return new EventStepResult(events, bookings, bytes, clock.Elapsed);
    }

    // Dependent-view deduplication is explicit: a re-sent block must be dropped at every view target too (the
    // default differs between ClickHouse versions). async_insert off: these inserts are large and tokened already.
    private static QuerySettings Token(string token) =>
        new QuerySettings { InsertDeduplicationToken = token }
            .Set("deduplicate_blocks_in_dependent_materialized_views", true)
            .Set("async_insert", false);

    private readonly record struct EventStepResult(long Events, long Bookings, long Bytes, TimeSpan Elapsed);
}
