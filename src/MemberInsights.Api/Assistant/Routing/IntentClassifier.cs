using MemberInsights.Api.Catalog;
namespace MemberInsights.Api.Assistant.Routing;

/// <summary>
/// Scores every tool for a question from phrase cues and the entities found, and picks one only when it is
/// clearly ahead: at least <see cref="MinimumScore"/> points and <see cref="MinimumMargin"/> more than the
/// runner-up. A named metric gives its computing tool <see cref="MetricWeight"/> points; a date, grain, segment or
/// cohort gives every data tool <see cref="DataContextWeight"/>; cue words add their weights (unclaimed words
/// only, so that "recovery" in "recovery model v5" or "weight" in "weight loss" cues nothing). A negative cue
/// cancels another: "still active" asks about retention, not about active members.
/// </summary>
internal static class IntentClassifier
{
    /// <summary>The least score a routed tool needs.</summary>
    public const int MinimumScore = 3;

    /// <summary>The least lead over the runner-up.</summary>
    public const int MinimumMargin = 2;

    /// <summary>Points for a named metric that the tool computes.</summary>
    public const int MetricWeight = 3;

    /// <summary>Points for a date range, grain, segment or cohort, to every tool that returns data over them.</summary>
    public const int DataContextWeight = 2;

    private static readonly AssistantTool[] DataTools =
        [AssistantTool.MetricTrend, AssistantTool.ActiveMembers, AssistantTool.NewMembers, AssistantTool.RetentionMatrix, AssistantTool.Churn];

    private static readonly Dictionary<AssistantTool, (string Phrase, int Weight)[]> Cues = new()
    {
        [AssistantTool.MetricTrend] =
            [("trend", 2), ("trending", 2), ("over time", 2), ("average", 1), ("avg", 1), ("how did", 1), ("how has", 1), ("how have", 1),
             ("change", 1), ("changed", 1), ("chart", 1), ("plot", 1), ("graph", 1), ("show", 1), ("evolve", 1), ("evolved", 1), ("typical", 1)],
        [AssistantTool.ActiveMembers] = [("active", 3), ("still active", -3), ("usage", 1), ("used", 2), ("logged in", 3), ("opened the app", 3), ("how many", 1), ("engaged members", 2)],
        [AssistantTool.NewMembers] =
            [("new", 2), ("growth", 2), ("acquisition", 2), ("acquire", 2), ("gain", 2), ("gained", 2), ("grow", 2), ("how many", 1), ("joined", 2), ("join", 2)],
        [AssistantTool.RetentionMatrix] =
            [("retained", 3), ("retain", 3), ("still active", 4), ("stick around", 3), ("stuck around", 3), ("stay", 2), ("stayed", 2), ("come back", 2), ("matrix", 2), ("heatmap", 2)],
        [AssistantTool.Churn] =
            [("churned", 3), ("churning", 3), ("cancel", 3), ("cancelled", 3), ("canceled", 3), ("cancellation", 3), ("leave", 2), ("left", 2), ("leaving", 2), ("lost", 2),
             ("losing", 2), ("quit", 2), ("unsubscribe", 3), ("unsubscribed", 3), ("how many", 1)],
        [AssistantTool.ExperimentReadout] =
            [("experiment", 3), ("a b test", 3), ("ab test", 3), ("split test", 3), ("test", 1), ("release candidate", 3), ("baseline", 2),
             ("variant", 2), ("readout", 3), ("lift", 2), ("ship", 2), ("roll back", 2), ("rollback", 2), ("significant", 2), ("winning", 1), ("release", 1)],
        [AssistantTool.MetricDefinition] =
            [("define", 4), ("defined", 4), ("definition", 4), ("formula", 4), ("meaning", 4), ("calculated", 4), ("computed", 4), ("measured", 3),
             ("explain", 3), ("what is", 3), ("what are", 3), ("who owns", 4), ("owner", 3), ("unit", 2), ("caveat", 4), ("source table", 3),
             ("how do we measure", 4), ("how do we calculate", 4), ("how do you calculate", 4), ("how to calculate", 4),
             ("how do we compute", 4), ("measure", 2), ("what does", 2), ("how is", 1)],
        [AssistantTool.PlatformHealth] =
            [("pipeline", 4), ("freshness", 4), ("fresh", 3), ("stale", 3), ("up to date", 3), ("data quality", 4), ("quality check", 4),
             ("quality", 2), ("platform", 3), ("system health", 4), ("health", 1), ("data load", 4), ("last load", 4), ("latest load", 4),
             ("latest run", 4), ("last run", 3), ("runs", 2), ("ingest", 3), ("ingestion", 3), ("etl", 4), ("lag", 3), ("lagging", 3),
             ("last updated", 4), ("failing", 2), ("failed", 2), ("broken", 2), ("how current", 3), ("data current", 3)],
    };

    /// <summary>Every tool's score for the question, highest first.</summary>
    public static IReadOnlyList<(AssistantTool Tool, int Score)> Score(QuestionText text, QuestionEntities entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var scores = Enum.GetValues<AssistantTool>().ToDictionary(t => t, _ => 0);
        foreach (var (tool, cues) in Cues)
        {
            // Platform phrases were claimed to keep "load" from the metrics, so they are read claimed or not.
            var anyWord = tool == AssistantTool.PlatformHealth;
            scores[tool] += cues.Where(c => Has(text, c.Phrase, anyWord)).Sum(c => c.Weight);
        }

        if ((text.Has("mean") || text.Has("means")) && (text.Has("does") || text.Has("do")))
        {
            scores[AssistantTool.MetricDefinition] += 4;
        }

        foreach (var metric in entities.Metrics)
        {
            if (MetricCatalog.Find(metric.Name)?.Tool is { } computing)
            {
                scores[computing] += MetricWeight;
            }
        }

        ScoreContext(entities, scores);
        return scores.OrderByDescending(s => s.Value).Select(s => (s.Key, s.Value)).ToList();
    }

    private static void ScoreContext(QuestionEntities entities, Dictionary<AssistantTool, int> scores)
    {
        if (entities.AsksForData)
        {
            foreach (var tool in DataTools)
            {
                scores[tool] += DataContextWeight;
            }
        }

        if (entities.Experiment is not null)
        {
            scores[AssistantTool.ExperimentReadout] += 6;
        }

        if (entities.Cohort is { Joined: true } && entities.Metrics.Count == 0)
        {
            scores[AssistantTool.NewMembers] += 3;
        }

        // Trend cues without a trend metric, or definition cues without any metric, mean nothing.
        if (!entities.Metrics.Any(m => MetricCatalog.Find(m.Name)?.Tool == AssistantTool.MetricTrend))
        {
            scores[AssistantTool.MetricTrend] = Math.Min(scores[AssistantTool.MetricTrend], entities.AsksForData ? DataContextWeight : 0);
        }

        if (entities.Metrics.Count == 0)
        {
            scores[AssistantTool.MetricDefinition] = 0;
        }
        else if (!entities.AsksForData && scores[AssistantTool.MetricDefinition] > 0)
        {
            scores[AssistantTool.MetricDefinition] += DataContextWeight;
        }
    }

    private static bool Has(QuestionText text, string phrase, bool anyWord)
    {
        var words = QuestionText.Tokenize(phrase);
        return text.Find(words, unclaimedOnly: !anyWord) >= 0;
    }
}
