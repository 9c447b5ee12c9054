using System.Globalization;
using MemberInsights.Api.Assistant.Answering;
using MemberInsights.Api.Assistant.Routing;
using MemberInsights.Api.Catalog;
using MemberInsights.Api.Contracts;
using MemberInsights.Api.Experiments;

namespace MemberInsights.Api.Assistant.Tools;

/// <summary>EXPERIMENT_READOUT: an experiment's readout on one metric (ExperimentReadouts.ReadoutAsync), charted as a bar per group.</summary>
public sealed class ExperimentReadoutTool(ExperimentReadouts readouts, TimeProvider? clock = null) : IAssistantToolHandler, IExperimentNames
{
    /// <summary>How long the experiment names are reused (experiments appear only with a load).</summary>
    public static readonly TimeSpan NamesTimeToLive = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private volatile CachedNames? _names;

    /// <inheritdoc />
    public AssistantTool Tool => AssistantTool.ExperimentReadout;

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        var scope = AccessScope.Current.Key;
        if (_names is { } cached && cached.ExpiresAt > now && cached.Scope == scope)
        {
            return cached.Names;
        }

        var names = (await readouts.ListAsync(ct).ConfigureAwait(false)).Select(e => e.Name).ToList();
        _names = new CachedNames(names, now + NamesTimeToLive, scope);
        return names;
    }

    /// <inheritdoc />
    public async Task<ToolAnswer> RunAsync(ToolCall call, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        var metric = MetricCatalog.ExperimentMetrics.First(m => m.Name == call.Metric);
        ExperimentReadout? readout;
        try
        {
            readout = await readouts.ReadoutAsync(call.Experiment!, metric, ct).ConfigureAwait(false);
        }
        catch (InsufficientExperimentDataException e)
        {
            return new ToolAnswer($"{call.Experiment} cannot be read out yet: {e.Message}", null, null, 0);
        }

        if (readout is null)
        {
            return new ToolAnswer($"There is no experiment named {call.Experiment}.", null, null, 0);
        }

        var unit = readout.Definition.Unit;
        var name = readout.Definition.DisplayName;
        var lift = readout.RelativeLift is { } relative
            ? $"{Signed(readout.AbsoluteLift, unit)} ({(relative * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture)}%)"
            : Signed(readout.AbsoluteLift, unit);
        var answer = $"As of {Wording.Day(asOf)}, {readout.Experiment} on {name}: the release candidate averaged "
            + $"{Wording.Quantity(readout.ReleaseCandidate.Mean, unit)} over {Wording.Count(readout.ReleaseCandidate.Members, "members")} against "
            + $"{Wording.Quantity(readout.Baseline.Mean, unit)} for the baseline ({Wording.Count(readout.Baseline.Members, "members")}), a lift of {lift}, "
            + $"95% CI {Wording.Quantity(readout.ConfidenceInterval.Low, unit)} to {Wording.Quantity(readout.ConfidenceInterval.High, unit)}, "
            + $"{Wording.PValue(readout.PValue)}. "
            + $"Recommendation: {Recommend(readout.Decision.Recommendation)}. {string.Join(" ", readout.Decision.Reasons)}";
        var chart = VegaLite.Bars($"{name}: {readout.Experiment} by group", $"{name} ({unit})",
            [("baseline", readout.Baseline.Mean), ("release candidate", readout.ReleaseCandidate.Mean)]);
        return new ToolAnswer(answer, readout, chart, readout.Baseline.Members + readout.ReleaseCandidate.Members);
    }

    // The names are those of the experiments in the caller's scope.
    private sealed record CachedNames(IReadOnlyList<string> Names, DateTimeOffset ExpiresAt, string Scope);

    private static string Signed(double value, string unit) => (value >= 0 ? "+" : "") + Wording.Quantity(value, unit);

    private static string Recommend(Recommendation recommendation) => recommendation switch
    {
        Recommendation.Ship => "ship",
        Recommendation.KeepRunning => "keep running",
        Recommendation.RollBack => "roll back",
        _ => "investigate the assignment",
    };
}
