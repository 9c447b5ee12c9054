using MemberInsights.Warehouse.Tables;

namespace MemberInsights.Warehouse.Generation;

/// <summary>
/// One generated member: the pseudonymous attributes written to dim_members and the physiology and habits
/// that drive that member's telemetry. No names, e-mail addresses or other personal data.
/// </summary>
public sealed record MemberProfile
{
    private MemberSegment? _segment;

    /// <summary>Pseudonymous member id.</summary>
    public required uint MemberId { get; init; }

    /// <summary>The day the member joined.</summary>
    public required DateOnly JoinedDate { get; init; }

    /// <summary>First day of the join month.</summary>
    public DateOnly CohortMonth => new(JoinedDate.Year, JoinedDate.Month, 1);

    /// <summary>The segment columns denormalised onto the member's events (one instance per member).</summary>
    public MemberSegment Segment => _segment ??= new MemberSegment(CohortMonth, PlanType, Goal, AcquisitionChannel);

    /// <summary>monthly, annual, student, family or corporate.</summary>
    public required string PlanType { get; init; }

    /// <summary>The member's stated goal.</summary>
    public required string Goal { get; init; }

    /// <summary>How the member was acquired.</summary>
    public required string AcquisitionChannel { get; init; }

    /// <summary>The day the member churned, if they did.</summary>
    public DateOnly? ChurnedDate { get; init; }

    /// <summary>The day a churned member came back, if they did.</summary>
    public DateOnly? ReactivatedDate { get; init; }

    /// <summary>The studio location the member books classes at.</summary>
    public required ushort HomeLocationId { get; init; }

    /// <summary>Age band (never a birth date).</summary>
    public required string AgeBand { get; init; }

    /// <summary>Wearable model.</summary>
    public required string DeviceModel { get; init; }

    /// <summary>Personal resting heart rate baseline, bpm.</summary>
    public required double BaselineRestingHeartRate { get; init; }

    /// <summary>Personal sleep need, hours.</summary>
    public required double SleepNeedHours { get; init; }

    /// <summary>Probability the wearable is worn on a day.</summary>
    public required double WearProbability { get; init; }

    /// <summary>Mean app sessions per day.</summary>
    public required double SessionRate { get; init; }

    /// <summary>Probability of a workout on a day.</summary>
    public required double WorkoutProbability { get; init; }

    /// <summary>Probability of booking a studio class on a day.</summary>
    public required double StudioBookingProbability { get; init; }

    /// <summary>Whether the member is a member on this day (joined, and not in a churned gap).</summary>
    public bool IsMemberOn(DateOnly day)
    {
        if (day < JoinedDate)
        {
            return false;
        }

        if (ChurnedDate is { } churned && day >= churned)
        {
            return ReactivatedDate is { } back && day >= back;
        }

        return true;
    }

    /// <summary>active, or churned when the member had left by <paramref name="asOf"/> and not come back.</summary>
    public string StatusOn(DateOnly asOf) => IsMemberOn(asOf) ? "active" : "churned";
}
