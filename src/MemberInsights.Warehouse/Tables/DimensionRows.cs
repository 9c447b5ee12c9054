namespace MemberInsights.Warehouse.Tables;

/// <summary>One row of dim_members (pseudonymous: no names or contact details).</summary>
/// <param name="MemberId">The member.</param>
/// <param name="JoinedDate">The day the member joined.</param>
/// <param name="Segment">The cohort month, plan, goal and channel.</param>
/// <param name="Status">active or churned.</param>
/// <param name="ChurnedDate">When the member churned, if they did.</param>
/// <param name="ReactivatedDate">When a churned member came back, if they did.</param>
/// <param name="HomeLocationId">The studio the member books at.</param>
/// <param name="AgeBand">Age band.</param>
/// <param name="DeviceModel">Wearable model.</param>
/// <param name="UpdatedAt">The version of the row (the latest wins on merge).</param>
public readonly record struct MemberRow(
    uint MemberId, DateOnly JoinedDate, MemberSegment Segment, string Status, DateOnly? ChurnedDate, DateOnly? ReactivatedDate,
    ushort HomeLocationId, string AgeBand, string DeviceModel, DateTime UpdatedAt);

/// <summary>One row of dim_experiment_assignments.</summary>
/// <param name="ExperimentName">The experiment.</param>
/// <param name="MemberId">The member.</param>
/// <param name="Variant">baseline or release_candidate.</param>
/// <param name="AssignedDate">The assignment day.</param>
public readonly record struct AssignmentRow(string ExperimentName, uint MemberId, string Variant, DateOnly AssignedDate);
