using MemberInsights.Api.Admin;
using Microsoft.Extensions.Hosting;

namespace MemberInsights.Api.Tests.Admin;

/// <summary>One pipeline job at a time: a second one asked for while the first runs is turned away, not queued.</summary>
public sealed class PipelineJobsTests
{
    [Fact]
    public async Task A_job_asked_for_while_another_runs_is_busy_and_the_next_one_after_it_runs()
    {
        var jobs = new PipelineJobs(new Lifetime());
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = jobs.TryRunAsync(async _ =>
        {
            started.SetResult();
            return await release.Task;
        });
        await started.Task;
        var second = await jobs.TryRunAsync(_ => Task.FromResult(2));
        release.SetResult(1);
        var firstResult = await first;
        var third = await jobs.TryRunAsync(_ => Task.FromResult(3));

        Assert.True(second.Busy);
        Assert.Equal((false, 1), firstResult);
        Assert.Equal((false, 3), third);
    }

    [Fact]
    public async Task A_failing_job_frees_the_gate()
    {
        var jobs = new PipelineJobs(new Lifetime());

        await Assert.ThrowsAsync<InvalidOperationException>(() => jobs.TryRunAsync<int>(_ => throw new InvalidOperationException("boom")));
        var next = await jobs.TryRunAsync(_ => Task.FromResult(4));

        Assert.Equal((false, 4), next);
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
