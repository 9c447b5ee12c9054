namespace MemberInsights.Api.Catalog;

/// <summary>A governed metric definition from <c>metric_dictionary</c>: the one place a metric is defined.</summary>
/// <param name="Name">The stable name, e.g. <c>recovery_score</c>.</param>
/// <param name="DisplayName">The name shown to people.</param>
/// <param name="Description">What the metric means.</param>
/// <param name="Formula">How it is computed, in SQL-like notation over the source table.</param>
/// <param name="Grain">The grain it is defined at, e.g. member x day.</param>
/// <param name="Unit">Its unit, e.g. hours.</param>
/// <param name="Owner">The owning team.</param>
/// <param name="SourceTable">The modeled table it is read from.</param>
/// <param name="Caveats">What to keep in mind when reading it.</param>
/// <param name="Synonyms">Other words people use for it.</param>
/// <param name="Surfaces">The API surfaces that use it.</param>
public sealed record MetricDefinition(
    string Name,
    string DisplayName,
    string Description,
    string Formula,
    string Grain,
    string Unit,
    string Owner,
    string SourceTable,
    string Caveats,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<Surface> Surfaces);
