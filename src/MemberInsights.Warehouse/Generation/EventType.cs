namespace MemberInsights.Warehouse.Generation;

/// <summary>The event types of stg_member_events, with the names stored in the table.</summary>
public static class EventType
{
    /// <summary>Resting heart rate measured during sleep (value: bpm).</summary>
    public const string HeartRate = "heart_rate";

    /// <summary>A night's sleep (value: hours).</summary>
    public const string Sleep = "sleep";

    /// <summary>The day's strain (value: 0-21).</summary>
    public const string Strain = "strain";

    /// <summary>The morning recovery score (value: 0-100).</summary>
    public const string Recovery = "recovery";

    /// <summary>An app session (duration_minutes).</summary>
    public const string Session = "session";

    /// <summary>A workout (duration_minutes).</summary>
    public const string Workout = "workout";

    /// <summary>A studio class check-in.</summary>
    public const string CheckIn = "check_in";

    /// <summary>Every event type.</summary>
    public static IReadOnlyList<string> All { get; } = [HeartRate, Sleep, Strain, Recovery, Session, Workout, CheckIn];
}
