using System.Globalization;

namespace MemberInsights.Warehouse.Ingest;

/// <summary>Parses export timestamps: ISO 8601, with an offset or Z (a timestamp without one is taken as UTC).</summary>
internal static class Timestamps
{
    public static DateTime ParseUtc(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value)
            ? value.UtcDateTime
            : throw new FormatException(text is null ? "event_time is missing" : $"event_time '{RejectionText.Value(text)}' is not an ISO 8601 timestamp");
}
