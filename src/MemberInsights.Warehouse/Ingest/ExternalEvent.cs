namespace MemberInsights.Warehouse.Ingest;

/// <summary>One event read from an external export file, before validation.</summary>
public sealed record ExternalEvent
{
    /// <summary>The event's id in the source system (UUID); ingest skips ids already stored.</summary>
    public Guid EventId { get; init; }

    /// <summary>Pseudonymous member id; must exist in dim_members.</summary>
    public uint MemberId { get; init; }

    /// <summary>When the event happened (UTC).</summary>
    public DateTime EventTime { get; init; }

    /// <summary>One of <see cref="Generation.EventType.All"/>.</summary>
    public string EventType { get; init; } = "";

    /// <summary>The measured value (hours, score, bpm...; 0 for sessions, workouts and check-ins without one).</summary>
    public double Value { get; init; }

    /// <summary>Duration in minutes (sessions, workouts, classes).</summary>
    public int DurationMinutes { get; init; }
}

/// <summary>A line of an export file, in the file's order.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Text">The line as text (invalid UTF-8 replaced by U+FFFD).</param>
/// <param name="Event">The parsed event, or null when the line could not be parsed.</param>
/// <param name="Error">Why the line could not be parsed, or null.</param>
public sealed record ExportLine(long Number, string Text, ExternalEvent? Event, string? Error);
