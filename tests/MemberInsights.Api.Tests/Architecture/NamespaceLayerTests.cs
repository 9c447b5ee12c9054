using System.Text.RegularExpressions;
using MemberInsights.Api.Tests.Support;

namespace MemberInsights.Api.Tests.Architecture;

/// <summary>
/// Holds the Api's namespaces to the one-way order of <see cref="NamespaceLayers"/>, twice: over the compiled
/// types (what the code really uses, including fully qualified names and parent namespaces, which need no
/// <c>using</c>) and over the source's <c>using</c> lines (which also see constants, inlined at compile time).
/// </summary>
public sealed partial class NamespaceLayerTests
{
    private static readonly System.Reflection.Assembly Api = typeof(Program).Assembly;

    [Fact]
    public void No_type_uses_a_type_of_a_namespace_at_or_above_its_own()
    {
        var violations = TypeDependencies.Of(Api)
            .Select(d => (d.User, d.Used, Why: NamespaceLayers.Forbidden(d.User.Namespace, d.Used.Namespace)))
            .Where(d => d.Why is not null)
            .Select(d => $"{d.User.FullName} uses {d.Used.FullName}: {d.Why}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void No_source_file_imports_a_namespace_at_or_above_its_own()
    {
        var source = Path.Combine(RepositoryPaths.Root, "src", "MemberInsights.Api");
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var violations = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var ns = FileNamespace().Match(text) is { Success: true } m ? m.Groups[1].Value : null;
            foreach (Match import in ApiUsing().Matches(text))
            {
                if (NamespaceLayers.Forbidden(ns, import.Groups[1].Value) is { } why)
                {
                    violations.Add($"{Path.GetRelativePath(source, file)} imports {import.Groups[1].Value}: {why}");
                }
            }
        }

        Assert.True(files.Count > 50, $"Only {files.Count} source files found under {source}.");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void Every_namespace_of_the_Api_has_a_declared_place()
    {
        var namespaces = Api.GetTypes().Select(t => t.Namespace).Distinct().ToList();

        Assert.All(namespaces, ns => NamespaceLayers.Of(ns));
        Assert.Contains("MemberInsights.Api.Catalog", namespaces);
    }

    [Fact]
    public void The_scan_sees_calls_constructions_and_signatures_across_namespaces()
    {
        var edges = TypeDependencies.Of(Api).Select(d => (d.User.Name, d.Used.Name)).ToHashSet();

        // A constructor parameter, a field and a call in a method body (a lambda of the registration).
        Assert.Contains(("ExperimentReadouts", "DataVersion"), edges);
        Assert.Contains(("ExperimentReadouts", "MetricDictionary"), edges);
        Assert.Contains(("InsightsSurfaces", "CatalogServiceCollectionExtensions"), edges);
        Assert.Contains(("ActiveMembersTool", "GrowthQueries"), edges);
    }

    [Theory]
    [InlineData("MemberInsights.Api.Catalog", "MemberInsights.Api.Assistant.Tools", "above")]
    [InlineData("MemberInsights.Api.Growth", "MemberInsights.Api.Performance", "peers")]
    [InlineData("MemberInsights.Api.Common", "MemberInsights.Api.Hosting", "above")]
    [InlineData("MemberInsights.Api.Assistant.Routing", "MemberInsights.Api.Assistant.Answering", "not declared below")]
    [InlineData("MemberInsights.Api.Experiments.Statistics", "MemberInsights.Api.Experiments", "not declared below")]
    [InlineData("MemberInsights.Api.Hosting", null, "above")]
    public void An_upward_or_sideways_use_is_forbidden(string from, string? to, string reason)
    {
        Assert.Contains(reason, NamespaceLayers.Forbidden(from, to), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "MemberInsights.Api.Hosting")]
    [InlineData("MemberInsights.Api.Hosting", "MemberInsights.Api.Assistant")]
    [InlineData("MemberInsights.Api.Assistant.Tools", "MemberInsights.Api.Growth")]
    [InlineData("MemberInsights.Api.Assistant.Routing.Extraction", "MemberInsights.Api.Assistant.Routing")]
    [InlineData("MemberInsights.Api.Experiments", "MemberInsights.Api.Caching")]
    [InlineData("MemberInsights.Api.Common", "MemberInsights.GraphQL.Execution")]
    public void A_downward_use_is_allowed(string? from, string to)
    {
        Assert.Null(NamespaceLayers.Forbidden(from, to));
    }

    [Fact]
    public void A_folder_without_a_place_is_an_error_not_a_pass()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NamespaceLayers.Of("MemberInsights.Api.Studio"));

        Assert.Contains("declare it", error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^\s*using\s+(?:static\s+)?(?:\w+\s*=\s*)?(MemberInsights\.Api(?:\.\w+)*)\s*;", RegexOptions.Multiline)]
    private static partial Regex ApiUsing();
}
