namespace MemberInsights.Api.Admin;

/// <summary>
/// Runs one pipeline job (load, ingest, check) at a time in the API process, which owns the embedded data
/// directory. A job runs to its end even when the client that asked goes away; only shutdown cancels it.
/// </summary>
public sealed class PipelineJobs(IHostApplicationLifetime lifetime)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Runs <paramref name="job"/> unless another job is running; <c>Busy</c> is true when it did not run.</summary>
    public async Task<(bool Busy, T? Result)> TryRunAsync<T>(Func<CancellationToken, Task<T>> job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!await _gate.WaitAsync(TimeSpan.Zero).ConfigureAwait(false))
        {
            return (true, default);
        }

        try
        {
            return (false, await job(lifetime.ApplicationStopping).ConfigureAwait(false));
        }
        finally
        {
            _gate.Release();
        }
    }
}
