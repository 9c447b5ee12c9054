using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Common;

/// <summary>
/// Turns a <see cref="SegmentInput"/> into a SQL condition over a mart's segment columns (<c>plan_type</c>,
/// <c>goal</c>, <c>acquisition_channel</c>, <c>cohort_month</c>). Values travel only as query parameters.
/// </summary>
public static class SegmentFilter
{
    /// <summary>
    /// Returns <c>AND ...</c> conditions (empty for every member) and adds their parameters, named
    /// <c>segment_*</c>. <paramref name="alias"/> qualifies the columns (e.g. <c>m.</c>).
    /// </summary>
    public static string Conditions(SegmentInput? segment, QueryParameters parameters, string alias = "")
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (segment is null || segment.IsAll)
        {
            return "";
        }

        var conditions = new List<string>();
        AddStrings(segment.PlanTypes, "plan_type", "segment_plan_types");
        AddStrings(segment.Goals, "goal", "segment_goals");
        AddStrings(segment.AcquisitionChannels, "acquisition_channel", "segment_channels");
        if (segment.CohortMonths is { Length: > 0 } months)
        {
            conditions.Add($"{alias}cohort_month IN {{segment_cohorts:Array(Date)}}");
            parameters.Add("segment_cohorts", months.Distinct().Order().ToArray());
        }

        return string.Concat(conditions.Select(c => " AND " + c));

        void AddStrings(string[]? names, string column, string parameter)
        {
            if (names is { Length: > 0 })
            {
                conditions.Add($"{alias}{column} IN {{{parameter}:Array(String)}}");
                parameters.Add(parameter, names.Select(WarehouseValues.FromGraphQLName).Distinct().Order(StringComparer.Ordinal).ToArray());
            }
        }
    }
}
