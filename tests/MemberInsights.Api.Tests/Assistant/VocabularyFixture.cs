using System.Globalization;
using System.Text.Json;
using MemberInsights.Api.Assistant.Routing;
using MemberInsights.Api.Tests.Support;

namespace MemberInsights.Api.Tests.Assistant;

/// <summary>
/// The router's vocabulary without a database: the metric dictionary's rows (versions 1 and 2 of the migrations)
/// and the generated experiments, with the as-of date of the generated data (2026-10-31).
/// </summary>
public static class VocabularyFixture
{
    /// <summary>The fixture's as-of date.</summary>
    public static DateOnly AsOf { get; } = new(2026, 10, 31);

    /// <summary>The vocabulary read from <c>Assistant/vocabulary.json</c>.</summary>
    public static AssistantVocabulary Vocabulary { get; } = Load();

    /// <summary>A router over the fixture.</summary>
    public static QuestionRouter Router { get; } = new(Vocabulary);

    /// <summary>The path of a file in this test folder of the repository.</summary>
    public static string PathOf(string file) => Path.Combine(RepositoryPaths.Root, "tests", "MemberInsights.Api.Tests", "Assistant", file);

    private static AssistantVocabulary Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(PathOf("vocabulary.json")));
        var root = document.RootElement;
        var metrics = root.GetProperty("metrics").EnumerateArray()
            .Select(m => new MetricTerm(
                m.GetProperty("name").GetString()!,
                m.GetProperty("displayName").GetString()!,
                m.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()!).ToList()))
            .ToList();
        var experiments = root.GetProperty("experiments").EnumerateArray().Select(e => e.GetString()!).ToList();
        var asOf = DateOnly.ParseExact(root.GetProperty("asOf").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new AssistantVocabulary(metrics, experiments, asOf);
    }
}
