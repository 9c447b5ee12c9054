using MemberInsights.Api.Assistant;
using MemberInsights.Api.Assistant.Answering;
using MemberInsights.Api.Assistant.Routing;
using MemberInsights.Api.Catalog;
using MemberInsights.Api.Tests.Support;
using MemberInsights.ClickHouse;
using Microsoft.Extensions.DependencyInjection;

namespace MemberInsights.Api.Tests.Assistant;

/// <summary>The assistant over the real vocabulary and audit log, with a tool that fails.</summary>
[Collection(TinyApiCollection.Name)]
public sealed class FailingToolTests(ApiFactory api)
{
    [Fact]
    public async Task A_question_whose_tool_fails_is_still_audited_and_the_error_reaches_the_caller()
    {
        const string question = "Define engagement score for the failure test";
        var assistant = new GovernedAssistant(
            api.Services.GetRequiredService<LiveVocabulary>(), [new FailingTool()], api.Services.GetRequiredService<AuditLog>());

        await Assert.ThrowsAsync<InvalidOperationException>(() => assistant.AskAsync(question, CancellationToken.None));

        var answer = await api.ClickHouse.ScalarAsync<string>(
            "SELECT answer FROM assistant_audit_log WHERE question = {question:String} AND selected_tool = 'METRIC_DEFINITION'",
            new QueryParameters().Add("question", question));
        Assert.Equal("The METRIC_DEFINITION function failed.", answer);
    }

    private sealed class FailingTool : IAssistantToolHandler
    {
        public AssistantTool Tool => AssistantTool.MetricDefinition;

        public Task<ToolAnswer> RunAsync(ToolCall call, DateOnly asOf, CancellationToken ct) =>
            throw new InvalidOperationException("The dictionary is unreachable.");
    }
}
