namespace MemberInsights.Api.Health;

/// <summary>Outcome of a run, a step or a check (the GraphQL <c>RunStatus</c>).</summary>
public enum RunStatus
{
    /// <summary>Started and not finished yet.</summary>
    Running,

    /// <summary>Finished without error; for a check, passed.</summary>
    Succeeded,

    /// <summary>Finished, but data-quality checks failed; for a check, it failed.</summary>
    Warned,

    /// <summary>Finished with an error.</summary>
    Failed,

    /// <summary>Did nothing, e.g. a load into a warehouse that already held data.</summary>
    Skipped,
}

/// <summary>The statuses <c>pipeline_run_log</c> stores (running, succeeded, passed, warned, failed, skipped).</summary>
public static class RunStatuses
{
    /// <summary><c>passed</c> → <see cref="RunStatus.Succeeded"/>.</summary>
    public static RunStatus Parse(string value) => value switch
    {
        "running" => RunStatus.Running,
        "succeeded" or "passed" => RunStatus.Succeeded,
        "warned" => RunStatus.Warned,
        "failed" => RunStatus.Failed,
        "skipped" => RunStatus.Skipped,
        _ => throw new InvalidOperationException($"Unknown status '{value}' in pipeline_run_log."),
    };
}
