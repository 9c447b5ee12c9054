using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;
using MemberInsights.Api.Contracts;
using MemberInsights.GraphQL;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Execution.Batching;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.Api.Experiments;

/// <summary>The Experimentation surface: <c>experiments</c>, <c>experiment</c> and each experiment's <c>readout</c>.</summary>
internal sealed class ExperimentsSurface(ExperimentReadouts readouts) : ISchemaSurface
{
    /// <summary>The longest experiment name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The error code of a readout that cannot be computed yet.</summary>
    public const string InsufficientData = "INSUFFICIENT_DATA";

    public void Bind(SchemaBuilder builder) => builder
        .BindEnum<Variant>("Variant")
        .BindEnum<Recommendation>("Recommendation")
        .BindRuntimeType<ExperimentSummary>("Experiment")
        .BindRuntimeType<Connection<ExperimentSummary>>("ExperimentConnection")
        .BindRuntimeType<Edge<ExperimentSummary>>("ExperimentEdge")
        .BindRuntimeType<ReleaseGroup>("ReleaseGroup")
        .BindRuntimeType<ExperimentReadout>("ExperimentReadout")
        .BindRuntimeType<GroupStatistics>("GroupStatistics")
        .BindRuntimeType<ConfidenceInterval>("ConfidenceInterval")
        .BindRuntimeType<CupedAdjustment>("CupedAdjustment")
        .BindRuntimeType<SampleRatio>("SampleRatioCheck")
        .BindRuntimeType<Guardrail>("GuardrailCheck")
        .BindRuntimeType<Decision>("Decision")
        .BindResolver("Query", "experiments", ExperimentsAsync)
        .BindResolver("Query", "experiment", ExperimentAsync)
        .BindResolver("Experiment", "readout", ReadoutAsync)
        .BindResolver("ExperimentReadout", "metric", context => ((ExperimentReadout)context.Parent!).Metric.EnumValue);

    private async Task<Connection<ExperimentSummary>> ExperimentsAsync(IResolverContext context)
    {
        var page = InputReader.Page(context);
        return page.Slice(await readouts.ListAsync(context.CancellationToken));
    }

    private async Task<ExperimentSummary?> ExperimentAsync(IResolverContext context)
    {
        var name = context.Argument<string>("name") ?? "";
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
        {
            throw InputErrors.Invalid("name", $"name must hold 1 to {MaxNameLength} characters, e.g. recovery_model_v5.");
        }

        return await readouts.FindAsync(name, context.CancellationToken);
    }

    /// <summary>Readouts of the experiments of one list are read together: two queries per metric, not per experiment.</summary>
    private async Task<ExperimentReadout> ReadoutAsync(IResolverContext context)
    {
        var experiment = (ExperimentSummary)context.Parent!;
        var metric = MetricCatalog.ForExperiment(context.Argument<string>("metric"));
        var loader = context.BatchLoader<ExperimentSummary, ExperimentReadout>(
            "experiment-readout:" + metric.Name,
            async (experiments, ct) =>
            {
                var found = await readouts.ReadoutsAsync(experiments, metric, ct);
                return experiments.Where(e => found.ContainsKey(e.Name)).ToDictionary(e => e, e => found[e.Name]);
            });
        return await loader.LoadAsync(experiment)
            ?? throw new GraphQLException(
                $"{experiment.Name} has too few members with post-assignment data for a readout yet (at least 2 per group).", InsufficientData);
    }
}
