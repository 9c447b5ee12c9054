using System.Text.Json;
using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;
using MemberInsights.Api.Tests.Support;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace MemberInsights.Api.Tests.Catalog;

/// <summary>
/// The metric catalog is the one declaration of every metric: the dictionary's rows as migrated, the warehouse's
/// tables and columns and the schema's enums must agree with it.
/// </summary>
[Collection(TinyApiCollection.Name)]
public sealed class MetricCatalogTests(ApiFactory api)
{
    [Fact]
    public async Task The_migrated_dictionary_defines_exactly_the_metrics_of_the_catalog()
    {
        var rows = await DictionaryRowsAsync();

        Assert.Equal(MetricCatalog.All.Select(m => m.Name), rows.Select(r => r.Name));
    }

    [Fact]
    public async Task Every_dictionary_row_has_the_unit_source_table_and_surfaces_of_its_catalog_metric()
    {
        var rows = await DictionaryRowsAsync();

        Assert.All(rows, row =>
        {
            var metric = MetricCatalog.Find(row.Name) ?? throw new Xunit.Sdk.XunitException($"{row.Name} is not in the catalog.");
            Assert.True(metric.Unit == row.Unit, $"{row.Name}: the catalog's unit is '{metric.Unit}', the dictionary's '{row.Unit}'.");
            Assert.True(metric.SourceTable == row.SourceTable, $"{row.Name}: the catalog's source is {metric.SourceTable}, the dictionary's {row.SourceTable}.");
            Assert.Equal(metric.Surfaces.Select(WarehouseValues.Of), row.Surfaces);
        });
    }

    [Fact]
    public async Task Every_table_and_column_the_catalog_names_exists_in_the_migrated_warehouse()
    {
        var columns = (await api.ClickHouse.QueryListAsync(
                "SELECT table, name FROM system.columns WHERE database = currentDatabase()", row => (Table: row.GetString(0), Column: row.GetString(1))))
            .ToLookup(c => c.Table, c => c.Column);
        var tables = (await api.ClickHouse.QueryListAsync("SELECT name FROM system.tables WHERE database = currentDatabase()", row => row.GetString(0))).ToHashSet();
        var problems = new List<string>();

        foreach (var metric in MetricCatalog.All)
        {
            if (metric.SourceTable != MetricCatalog.InProcess && !tables.Contains(metric.SourceTable))
            {
                problems.Add($"{metric.Name}: source table {metric.SourceTable} does not exist.");
            }

            Check(metric, metric.SourceTable, metric.Columns);
            if (metric.Performance is { } performance)
            {
                Check(metric, PerformanceMeasure.Mart, performance.Columns);
            }

            if (metric.Experiment is { } experiment)
            {
                Check(metric, experiment.Table, experiment.Columns);
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));

        void Check(CatalogMetric metric, string table, IEnumerable<string> names) =>
            problems.AddRange(names.Where(name => !columns[table].Contains(name)).Select(name => $"{metric.Name}: {table} has no column {name}."));
    }

    [Theory]
    [InlineData("PerformanceMetric")]
    [InlineData("ExperimentMetric")]
    public void The_metric_enums_of_the_schema_hold_the_enum_values_of_the_catalog(string enumName)
    {
        var metrics = enumName == "PerformanceMetric" ? MetricCatalog.PerformanceMetrics : MetricCatalog.ExperimentMetrics;

        Assert.Equal(
            EnumValues(enumName).Order(StringComparer.Ordinal),
            metrics.Select(m => m.EnumValue!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_surfaces_and_tools_the_catalog_names_are_the_schema_enums()
    {
        Assert.Equal(EnumValues("Surface"), Enum.GetValues<Surface>().Select(WarehouseValues.GraphQLNameOf));
        Assert.Equal(EnumValues("AssistantTool"), Enum.GetValues<AssistantTool>().Select(WarehouseValues.GraphQLNameOf));
    }

    [Fact]
    public void Every_metric_is_declared_consistently()
    {
        Assert.All(MetricCatalog.All, metric =>
        {
            Assert.Matches("^[a-z][a-z0-9_]*$", metric.Name);
            Assert.True((metric.EnumValue is not null) == (metric.Performance is not null || metric.Experiment is not null),
                $"{metric.Name}: an enum value goes with a performance or experiment measure, and only then.");
            Assert.True(metric.CountedPer is null || metric.Tool == AssistantTool.ActiveMembers, $"{metric.Name} is counted per period but is no active-members metric.");
            Assert.True(metric.Tool is not AssistantTool.MetricTrend || metric.Performance is not null, $"{metric.Name} is routed to METRIC_TREND, which computes performance metrics only.");
            Assert.Distinct(metric.Surfaces);
        });
        Assert.Distinct(MetricCatalog.All.Select(m => m.Name));
        Assert.Equal(Enum.GetValues<Grain>(), MetricCatalog.All.Where(m => m.Tool == AssistantTool.ActiveMembers).Select(m => m.CountedPer!.Value).Order());
        Assert.All(
            Enum.GetValues<AssistantTool>().Where(t => t != AssistantTool.MetricDefinition),
            tool => Assert.Contains(MetricCatalog.All, m => m.Tools.Contains(tool)));
        Assert.Same(MetricCatalog.RecoveryScore, MetricCatalog.Find("recovery_score"));
        Assert.Null(MetricCatalog.Find("revenue_per_unicorn"));
    }

    [Fact]
    public async Task The_router_vocabulary_fixture_holds_the_migrated_dictionary_words()
    {
        var dictionary = await api.Services.GetRequiredService<MetricDictionary>().AllAsync(CancellationToken.None);
        using var fixture = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "tests", "MemberInsights.Api.Tests", "Assistant", "vocabulary.json")));
        var words = fixture.RootElement.GetProperty("metrics").EnumerateArray()
            .Select(m => $"{m.GetProperty("name").GetString()} | {m.GetProperty("displayName").GetString()} | {string.Join(", ", m.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()))}");

        Assert.Equal(dictionary.Select(d => $"{d.Name} | {d.DisplayName} | {string.Join(", ", d.Synonyms)}"), words);
    }

    private List<string> EnumValues(string name)
    {
        var schema = ((RequestExecutor)api.Services.GetRequiredService<IRequestExecutor>()).Schema;
        var type = Assert.IsType<EnumType>(schema.GetType(name));
        return type.Values.Select(v => v.Name).ToList();
    }

    private Task<IReadOnlyList<DictionaryRow>> DictionaryRowsAsync() => api.ClickHouse.QueryListAsync(
        "SELECT name, unit, source_table, surfaces FROM metric_dictionary FINAL ORDER BY name",
        row => new DictionaryRow(row.GetString(0), row.GetString(1), row.GetString(2), row.Get<string[]>(3)));

    private sealed record DictionaryRow(string Name, string Unit, string SourceTable, string[] Surfaces);
}
