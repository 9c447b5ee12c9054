using MemberInsights.Api.Common;

namespace MemberInsights.Api.Growth;

/// <summary>The parent of the <c>GrowthInsights</c> fields: the segment they read.</summary>
public sealed record GrowthScope(SegmentInput Segment);

/// <summary>Join-month cohorts against months since joining.</summary>
public sealed record RetentionMatrix(IReadOnlyList<RetentionCohort> Cohorts);

/// <summary>One cohort's row: its size and its retention per observed month since joining.</summary>
public sealed record RetentionCohort(DateOnly CohortMonth, long Size, IReadOnlyList<RetentionCell> Months);

/// <summary>Members of a cohort active N months after their join month, and their share of the cohort.</summary>
public sealed record RetentionCell(int MonthsSinceJoin, long ActiveMembers, double Rate);

/// <summary>Day-N retention: members who had reached day N within the data, and those active on it.</summary>
public sealed record RetentionCurvePoint(int Day, long EligibleMembers, long RetainedMembers, double? Rate);

/// <summary>Lifecycle state counts of one period.</summary>
public sealed record LifecyclePoint(DateOnly Date, long New, long Returning, long Resurrected, long Dormant);
