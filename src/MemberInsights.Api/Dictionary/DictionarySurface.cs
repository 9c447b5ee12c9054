using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;
using MemberInsights.Api.Contracts;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Types;

namespace MemberInsights.Api.Dictionary;

/// <summary>The Metric Dictionary surface: <c>metricDefinitions</c> and <c>metricDefinition</c>.</summary>
internal sealed class DictionarySurface(MetricDictionary dictionary) : ISchemaSurface
{
    /// <summary>The longest search text or name accepted.</summary>
    public const int MaxTextLength = 200;

    public void Bind(SchemaBuilder builder) => builder
        .BindEnum<Surface>("Surface")
        .BindRuntimeType<MetricDefinition>("MetricDefinition")
        .BindRuntimeType<Connection<MetricDefinition>>("MetricDefinitionConnection")
        .BindRuntimeType<Edge<MetricDefinition>>("MetricDefinitionEdge")
        .BindResolver("Query", "metricDefinitions", DefinitionsAsync)
        .BindResolver("Query", "metricDefinition", DefinitionAsync);

    private async Task<Connection<MetricDefinition>> DefinitionsAsync(IResolverContext context)
    {
        var page = InputReader.Page(context);
        var search = Text(context, "search");
        var surface = context.HasArgument("surface") && context.Arguments["surface"] is not null ? context.Argument<Surface>("surface") : (Surface?)null;
        return page.Slice(await dictionary.SearchAsync(search, surface, context.CancellationToken));
    }

    private async Task<MetricDefinition?> DefinitionAsync(IResolverContext context)
    {
        var name = Text(context, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw InputErrors.Invalid("name", "name must not be empty.");
        }

        return await dictionary.FindAsync(name, context.CancellationToken);
    }

    private static string? Text(IResolverContext context, string argument)
    {
        var text = context.Argument<string>(argument);
        return text is { Length: > MaxTextLength }
            ? throw InputErrors.Invalid(argument, $"{argument} is {text.Length} characters long; at most {MaxTextLength} are allowed.")
            : text;
    }
}
