using MemberInsights.Warehouse.Operations;
using MemberInsights.Warehouse.Tables;
using MemberInsights.Warehouse.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace MemberInsights.Warehouse.Tests.Operations;

[Collection(EmbeddedWarehouseCollection.Name)]
public sealed class RunHistoryTests(EmbeddedWarehouseFixture engine)
{
    [Fact]
    public async Task A_run_without_its_closing_row_is_running_here_and_interrupted_when_its_process_is_gone()
    {
        await using var warehouse = await engine.CreateWarehouseAsync();
        var log = new PipelineRunLog(warehouse.Client);
        var live = new PipelineRun(log, "load", NullLogger.Instance);
        await live.StepAsync("plan", _ => Task.FromResult(new StepOutcome(0, 3)));
        // What a loader killed after its first steps leaves: step rows of a run no live process knows, no closing row.
        var killed = Guid.NewGuid();
        await log.RecordAsync(new RunStepRecord
        {
            RunId = killed, RunKind = "load", Step = "dimensions", StartedAt = DateTime.UtcNow.AddMinutes(-5),
            FinishedAt = DateTime.UtcNow.AddMinutes(-4), RowsOut = 1000, Status = "succeeded",
        });

        var runs = (await PipelineRunHistory.LatestRunsAsync(warehouse.Client, 10)).ToDictionary(r => r.RunId, r => r.Status);

        Assert.Equal("running", runs[live.RunId]);
        Assert.Equal("interrupted", runs[killed]);

        await live.TryRecordAsync(live.Closing("succeeded"));
        Assert.Equal("succeeded", (await PipelineRunHistory.LatestRunsAsync(warehouse.Client, 10)).Single(r => r.RunId == live.RunId).Status);
    }

    [Fact]
    public async Task An_unclosed_run_with_a_failed_step_is_failed_and_a_server_cannot_tell_running_from_interrupted()
    {
        await using var warehouse = await engine.CreateWarehouseAsync();
        var run = new PipelineRun(new PipelineRunLog(warehouse.Client), "ingest", NullLogger.Instance);
        await Assert.ThrowsAsync<InvalidOperationException>(() => run.StepAsync("ingest_file", _ => throw new InvalidOperationException("disk full")));

        var status = (await PipelineRunHistory.LatestRunsAsync(warehouse.Client, 10)).Single(r => r.RunId == run.RunId).Status;

        Assert.Equal("failed", status);
        Assert.Equal("unfinished", PipelineRunHistory.StatusOf(Guid.NewGuid(), closed: false, "", stepFailed: false, ClickHouse.EngineKind.Server));
        Assert.Equal("warned", PipelineRunHistory.StatusOf(Guid.NewGuid(), closed: true, "warned", stepFailed: true, ClickHouse.EngineKind.Server));
    }
}
