using MemberInsights.Api.Assistant.Answering;
using MemberInsights.Api.Assistant.Tools;
using MemberInsights.Api.Contracts;

namespace MemberInsights.Api.Assistant;

/// <summary>Registers the assistant: its vocabulary, the curated functions it may call, the audit log and the surface.</summary>
internal static class AssistantServiceCollectionExtensions
{
    public static IServiceCollection AddAssistantSurface(this IServiceCollection services) => services
        .AddSingleton<AsOfDate>()
        .AddSingleton<LiveVocabulary>()
        .AddSingleton<AuditLog>()
        .AddSingleton<IAssistantToolHandler, MetricDefinitionTool>()
        .AddSingleton<IAssistantToolHandler, PlatformHealthTool>()
        .AddSingleton<IAssistantToolHandler, MetricTrendTool>()
        .AddSingleton<IAssistantToolHandler, ActiveMembersTool>()
        .AddSingleton<IAssistantToolHandler, NewMembersTool>()
        .AddSingleton<IAssistantToolHandler, ChurnTool>()
        .AddSingleton<IAssistantToolHandler, RetentionMatrixTool>()
        .AddSingleton<ExperimentReadoutTool>()
        .AddSingleton<IAssistantToolHandler>(provider => provider.GetRequiredService<ExperimentReadoutTool>())
        .AddSingleton<IExperimentNames>(provider => provider.GetRequiredService<ExperimentReadoutTool>())
        .AddSingleton<GovernedAssistant>()
        .AddSingleton<ISchemaSurface, AssistantSurface>();
}
