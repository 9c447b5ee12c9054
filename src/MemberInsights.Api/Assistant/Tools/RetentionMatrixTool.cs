using MemberInsights.Api.Assistant.Answering;
using MemberInsights.Api.Assistant.Routing;
using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;
using MemberInsights.Api.Growth;

namespace MemberInsights.Api.Assistant.Tools;

/// <summary>RETENTION_MATRIX: cohort month × months since joining (GrowthQueries.RetentionMatrixAsync), charted as a heatmap.</summary>
public sealed class RetentionMatrixTool(GrowthQueries growth) : IAssistantToolHandler
{
    /// <inheritdoc />
    public AssistantTool Tool => AssistantTool.RetentionMatrix;

    /// <inheritdoc />
    public async Task<ToolAnswer> RunAsync(ToolCall call, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        var (cohorts, segment) = (call.Range!, call.Segment ?? SegmentInput.All);
        var matrix = await growth.RetentionMatrixAsync(segment, cohorts, call.MaxMonthsSinceJoin ?? 12, ct).ConfigureAwait(false);
        var cells = matrix.Cohorts.SelectMany(c => c.Months.Select(m => (Cohort: c.CohortMonth, m.MonthsSinceJoin, m.Rate, c.Size))).ToList();
        var scope = $"Retention of the cohorts that joined {Wording.Range(cohorts)} ({Wording.Segment(segment)})";
        var answer = matrix.Cohorts.Count == 0
            ? $"As of {Wording.Day(asOf)}: no members joined {Wording.Range(cohorts)} in that segment."
            : $"As of {Wording.Day(asOf)}: {scope}: {matrix.Cohorts.Count} cohorts, {Wording.Count(matrix.Cohorts.Sum(c => c.Size), "members")}; "
              + string.Join(", ", new[] { 1, 3, 6 }.Select(n => Month(cells, n)).OfType<string>()) + ".";
        var chart = VegaLite.Heatmap(scope, cells.Select(c => (c.Cohort, c.MonthsSinceJoin, c.Rate)));
        return new ToolAnswer(answer, matrix, chart, cells.Count);
    }

    /// <summary>"month-3 retention 41.2% (size-weighted over 9 cohorts)"; null when no cohort reached month <paramref name="n"/>.</summary>
    private static string? Month(IReadOnlyList<(DateOnly Cohort, int MonthsSinceJoin, double Rate, long Size)> cells, int n)
    {
        var reached = cells.Where(c => c.MonthsSinceJoin == n).ToList();
        var size = reached.Sum(c => c.Size);
        return size == 0
            ? null
            : $"month-{n} retention {Wording.Quantity(reached.Sum(c => c.Rate * c.Size) / size, "fraction 0-1")} (size-weighted over {reached.Count} cohorts)";
    }
}
