using MemberInsights.Api.Contracts;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Common;

/// <summary>
/// Turns a <see cref="SegmentInput"/> into a SQL condition over a mart's segment columns (<c>plan_type</c>,
/// <c>goal</c>, <c>acquisition_channel</c>, <c>cohort_month</c>), intersected with the current caller's
/// <see cref="AccessScope"/>: the one place where a scope restricts what a query reads. Values travel only as query
/// parameters.
/// </summary>
public static class SegmentFilter
{
    /// <summary>
    /// Returns <c>AND ...</c> conditions (empty for every member of an unrestricted caller) and adds their parameters,
    /// named <c>segment_*</c> and <c>scope_*</c>. <paramref name="alias"/> qualifies the columns (e.g. <c>m.</c>).
    /// </summary>
    public static string Conditions(SegmentInput? segment, QueryParameters parameters, string alias = "")
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var conditions = new List<string>();
        if (segment is not null && !segment.IsAll)
        {
            AddStrings(conditions, parameters, alias, segment.PlanTypes, "plan_type", "segment_plan_types");
            AddStrings(conditions, parameters, alias, segment.Goals, "goal", "segment_goals");
            AddStrings(conditions, parameters, alias, segment.AcquisitionChannels, "acquisition_channel", "segment_channels");
            AddMonths(conditions, parameters, alias, segment.CohortMonths, "segment_cohorts");
        }

        AddScope(conditions, parameters, alias);
        return string.Concat(conditions.Select(c => " AND " + c));
    }

    /// <summary>
    /// For tables keyed by member that carry no segment columns (experiment assignments and marts): <c>AND
    /// {column} IN (the members in the caller's scope)</c>, empty for an unrestricted caller. Use it once per query.
    /// </summary>
    public static string ScopedMembers(QueryParameters parameters, string column = "member_id")
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (AccessScope.Current.IsUnrestricted)
        {
            return "";
        }

        var conditions = new List<string>();
        AddScope(conditions, parameters, "");
        return $" AND {column} IN (SELECT member_id FROM dim_members FINAL WHERE {string.Join(" AND ", conditions)})";
    }

    private static void AddScope(List<string> conditions, QueryParameters parameters, string alias)
    {
        var scope = AccessScope.Current;
        if (scope.IsUnrestricted)
        {
            return;
        }

        AddStrings(conditions, parameters, alias, scope.PlanTypes, "plan_type", "scope_plan_types", restrict: true);
        AddStrings(conditions, parameters, alias, scope.Goals, "goal", "scope_goals", restrict: true);
        AddStrings(conditions, parameters, alias, scope.AcquisitionChannels, "acquisition_channel", "scope_channels", restrict: true);
        AddMonths(conditions, parameters, alias, scope.CohortMonths, "scope_cohorts", restrict: true);
        if (scope.Locations is not null)
        {
            // Members are not tied to a location in the marts: a location-scoped caller sees no member rows.
            conditions.Add("false");
        }
    }

    /// <summary>An empty list restricts to nothing when it is a scope (<paramref name="restrict"/>), and to everything when it is a segment.</summary>
    private static void AddStrings(List<string> conditions, QueryParameters parameters, string alias, IReadOnlyList<string>? names, string column, string parameter, bool restrict = false)
    {
        if (names is { Count: > 0 })
        {
            conditions.Add($"{alias}{column} IN {{{parameter}:Array(String)}}");
            parameters.Add(parameter, names.Select(WarehouseValues.FromGraphQLName).Distinct().Order(StringComparer.Ordinal).ToArray());
        }
        else if (restrict && names is not null)
        {
            conditions.Add("false");
        }
    }

    private static void AddMonths(List<string> conditions, QueryParameters parameters, string alias, IReadOnlyList<DateOnly>? months, string parameter, bool restrict = false)
    {
        if (months is { Count: > 0 })
        {
            conditions.Add($"{alias}cohort_month IN {{{parameter}:Array(Date)}}");
            parameters.Add(parameter, months.Distinct().Order().ToArray());
        }
        else if (restrict && months is not null)
        {
            conditions.Add("false");
        }
    }
}
