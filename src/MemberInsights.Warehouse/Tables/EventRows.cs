namespace MemberInsights.Warehouse.Tables;

/// <summary>The member's segment columns, denormalised onto each of the member's events at write time.</summary>
/// <param name="CohortMonth">First day of the join month.</param>
/// <param name="PlanType">The plan.</param>
/// <param name="Goal">The stated goal.</param>
/// <param name="AcquisitionChannel">How the member was acquired.</param>
public sealed record MemberSegment(DateOnly CohortMonth, string PlanType, string Goal, string AcquisitionChannel);

/// <summary>One row of stg_member_events (event_date is MATERIALIZED from event_time).</summary>
/// <param name="EventId">The event's id.</param>
/// <param name="MemberId">The member.</param>
/// <param name="EventTime">When it happened (UTC).</param>
/// <param name="EventType">heart_rate, sleep, strain, recovery, session, workout or check_in.</param>
/// <param name="Value">The measured value.</param>
/// <param name="DurationMinutes">Duration in minutes.</param>
/// <param name="Segment">The member's segment columns.</param>
/// <param name="Source">generator or ingest.</param>
public readonly record struct MemberEventRow(
    Guid EventId, uint MemberId, DateTime EventTime, string EventType, float Value, ushort DurationMinutes, MemberSegment Segment, string Source);
