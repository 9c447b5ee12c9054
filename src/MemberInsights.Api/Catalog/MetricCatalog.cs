using System.Reflection;
using MemberInsights.Api.Common;

namespace MemberInsights.Api.Catalog;

/// <summary>
/// Every metric the product knows, declared once (one <see cref="CatalogMetric"/> field per metric, in the file of its
/// area), and the look-ups the surfaces and the assistant use instead of their own tables. The dictionary's rows
/// must match (<c>MetricCatalogTests</c>), and so must the schema's <c>PerformanceMetric</c> and
/// <c>ExperimentMetric</c> enums.
/// </summary>
public static partial class MetricCatalog
{
    /// <summary>The source of the metrics the API measures itself rather than reading from a table.</summary>
    public const string InProcess = "in-process request metrics";

    private static readonly Dictionary<string, CatalogMetric> ByName;

    // Runs after every field initializer of every part of the class, whatever their order.
    static MetricCatalog()
    {
        All = typeof(MetricCatalog).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(CatalogMetric))
            .Select(field => (CatalogMetric)field.GetValue(null)!)
            .OrderBy(metric => metric.Name, StringComparer.Ordinal)
            .ToList();
        ByName = All.ToDictionary(metric => metric.Name, StringComparer.Ordinal);
        PerformanceMetrics = All.Where(metric => metric.Performance is not null).ToList();
        ExperimentMetrics = All.Where(metric => metric.Experiment is not null).ToList();
    }

    /// <summary>Every metric, ordered by name.</summary>
    public static IReadOnlyList<CatalogMetric> All { get; }

    /// <summary>The metrics of the GraphQL <c>PerformanceMetric</c> enum.</summary>
    public static IReadOnlyList<CatalogMetric> PerformanceMetrics { get; }

    /// <summary>The metrics of the GraphQL <c>ExperimentMetric</c> enum.</summary>
    public static IReadOnlyList<CatalogMetric> ExperimentMetrics { get; }

    /// <summary>The metric named <paramref name="name"/> in the dictionary; null when the catalog has none.</summary>
    public static CatalogMetric? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByName.GetValueOrDefault(name);
    }

    /// <summary>The metric of a <c>PerformanceMetric</c> enum value (validated by the GraphQL engine before it gets here).</summary>
    public static CatalogMetric ForPerformance(string? enumValue) =>
        PerformanceMetrics.FirstOrDefault(metric => metric.EnumValue == enumValue)
        ?? throw new ArgumentOutOfRangeException(nameof(enumValue), enumValue, "Not a PerformanceMetric value of the catalog.");

    /// <summary>The metric of an <c>ExperimentMetric</c> enum value (validated by the GraphQL engine before it gets here).</summary>
    public static CatalogMetric ForExperiment(string? enumValue) =>
        ExperimentMetrics.FirstOrDefault(metric => metric.EnumValue == enumValue)
        ?? throw new ArgumentOutOfRangeException(nameof(enumValue), enumValue, "Not an ExperimentMetric value of the catalog.");

    /// <summary>The active-members metric counted per <paramref name="grain"/> (DAU, WAU or MAU).</summary>
    public static CatalogMetric ActiveMembersPer(Grain grain) =>
        All.Single(metric => metric.Tool == AssistantTool.ActiveMembers && metric.CountedPer == grain);
}
