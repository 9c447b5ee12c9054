using MemberInsights.Api.Catalog;
using MemberInsights.Api.Common;

namespace MemberInsights.Api.Performance;

/// <summary>The parent of the <c>PerformanceSignals</c> fields: the segment they read.</summary>
public sealed record PerformanceScope(SegmentInput Segment);

/// <summary>A metric over time with its governed definition.</summary>
public sealed record MetricSeries(MetricDefinition Definition, Grain Grain, IReadOnlyList<MeasurePoint> Points);

/// <summary>Average signals of one cohort in one period (averages over active member-days; null without readings).</summary>
public sealed record CohortSignal(
    DateOnly CohortMonth,
    DateOnly Date,
    long ActiveMembers,
    double? AvgRecovery,
    double? AvgSleepHours,
    double? AvgStrain,
    double? AvgEngagement,
    double? LowRecoveryShare);

/// <summary>A pseudonymous member's attributes (enum values as GraphQL names).</summary>
public sealed record MemberProfile(string MemberId, DateOnly CohortMonth, string PlanType, string Goal, string AcquisitionChannel);

/// <summary>One member's signals on one day.</summary>
public sealed record MemberDay(
    DateOnly Date,
    double? Recovery,
    double? SleepHours,
    double? Strain,
    double? RestingHeartRate,
    double EngagementScore,
    bool LowRecovery,
    int Workouts,
    int Sessions,
    int CheckIns);
