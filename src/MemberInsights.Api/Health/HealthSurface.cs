using MemberInsights.Api.Access;
using MemberInsights.Api.Common;
using MemberInsights.Api.Contracts;
using MemberInsights.ClickHouse;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.Api.Health;

/// <summary>The Platform Health surface: <c>platformHealth</c> and its fields, each read only when selected.</summary>
internal sealed class HealthSurface(HealthQueries health, AccessAuditHistory audit) : ISchemaSurface
{
    public void Bind(SchemaBuilder builder) => builder
        .BindEnum<RunStatus>("RunStatus")
        .BindEnum<EngineKind>("EngineKind")
        .BindRuntimeType<PlatformHealthRoot>("PlatformHealth")
        .BindRuntimeType<EngineInfo>("EngineInfo")
        .BindRuntimeType<Connection<PipelineRun>>("PipelineRunConnection")
        .BindRuntimeType<Edge<PipelineRun>>("PipelineRunEdge")
        .BindRuntimeType<PipelineRun>("PipelineRun")
        .BindRuntimeType<PipelineStep>("PipelineStep")
        .BindRuntimeType<TableFreshness>("TableFreshness")
        .BindRuntimeType<ModelInventoryEntry>("ModelInventoryEntry")
        .BindRuntimeType<QualityCheckSummary>("QualityCheckSummary")
        .BindRuntimeType<QualityCheck>("QualityCheck")
        .BindRuntimeType<RequestMetricsSnapshot>("ApiUsage")
        .BindRuntimeType<Connection<AssistantQuestion>>("AssistantAuditConnection")
        .BindRuntimeType<Edge<AssistantQuestion>>("AssistantAuditEdge")
        .BindRuntimeType<AssistantQuestion>("AssistantAuditEntry")
        .BindRuntimeType<PlatformHealthSnapshot>("PlatformHealthSnapshot")
        .BindEnum<AccessOutcome>("AccessOutcome")
        .BindRuntimeType<Connection<AccessAuditRow>>("AccessAuditConnection")
        .BindRuntimeType<Edge<AccessAuditRow>>("AccessAuditEdge")
        .BindRuntimeType<AccessAuditRow>("AccessAuditEntry")
        .BindResolver("Query", "platformHealth", _ => PlatformHealthRoot.Instance)
        .BindResolver("PlatformHealth", "engine", context => health.EngineAsync(context.CancellationToken))
        .BindResolver("PlatformHealth", "pipelineRuns", context => health.PipelineRunsAsync(
            InputReader.Page(context), context.Argument<bool>("includeSkipped"), context.CancellationToken))
        .BindResolver("PlatformHealth", "freshness", context => health.FreshnessAsync(context.CancellationToken))
        .BindResolver("PlatformHealth", "models", context => health.ModelsAsync(context.CancellationToken))
        .BindResolver("PlatformHealth", "qualityChecks", context => health.QualityChecksAsync(context.CancellationToken))
        .BindResolver("PlatformHealth", "api", _ => health.Api())
        .BindResolver("PlatformHealth", "assistantQuestions", context => health.AssistantQuestionsAsync(InputReader.Page(context), context.CancellationToken))
        .BindResolver("PlatformHealth", "accessAudit", context => audit.PageAsync(
            InputReader.Page(context), context.Argument<AccessOutcome?>("outcome"), context.CancellationToken));
}

/// <summary>The value of <c>Query.platformHealth</c>: every field of it has its own resolver.</summary>
internal sealed class PlatformHealthRoot
{
    public static PlatformHealthRoot Instance { get; } = new();
}
