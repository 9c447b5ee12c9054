using FluentValidation;
using MemberInsights.Api.Assistant.Answering;
using MemberInsights.Api.Assistant.Routing;
using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;
using MemberInsights.Api.Contracts;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.Api.Assistant;

/// <summary>The assistant's schema: <c>Mutation.ask</c>, its payload and trace, and the union of the data it answers with.</summary>
internal sealed class AssistantSurface(GovernedAssistant assistant, IValidator<AskInput> validator) : ISchemaSurface
{
    public void Bind(SchemaBuilder builder) => builder
        .BindEnum<AskStatus>("AskStatus")
        .BindEnum<AssistantTool>("AssistantTool")
        .BindRuntimeType<AskPayload>("AskPayload")
        .BindRuntimeType<AssistantTrace>("AssistantTrace")
        .BindRuntimeType<ToolArgument>("ToolArgument")
        .BindRuntimeType<CountSeries>("CountSeries")
        .BindRuntimeType<RateSeries>("RateSeries")
        .ResolveType("AssistantData", (value, _) => value.GetType().Name)
        .BindResolver<AskPayload>("Mutation", "ask", context =>
        {
            var input = context.Argument<AskInput>("input") ?? throw InputErrors.Invalid("input", "input is required.");
            InputErrors.Validate(validator, input, "input");
            return assistant.AskAsync(input.Question!.Trim(), context.CancellationToken);
        });
}
