using System.Globalization;
using System.Text.Json;

namespace MemberInsights.Warehouse.Ingest;

/// <summary>
/// One JSON object per line: <c>{"event_id": "uuid", "member_id": 12, "event_time": "2026-10-01T07:30:00Z",
/// "event_type": "sleep", "value": 7.4, "duration_minutes": 444}</c> (value and duration_minutes optional).
/// </summary>
public sealed class NdjsonLineParser : IExportLineParser
{
    /// <inheritdoc />
    public ExportLine? Parse(long number, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ExportLine(number, text, null, "the line is not a JSON object");
            }

            var parsed = new ExternalEvent
            {
                EventId = Guid.TryParse(Text(root, "event_id"), out var id) ? id : throw new FormatException("event_id is not a UUID"),
                MemberId = Number(root, "member_id", required: true) is var m && m == Math.Floor(m) && m is >= 0 and <= uint.MaxValue
                    ? (uint)m : throw new FormatException("member_id is not a whole number"),
                EventTime = Timestamps.ParseUtc(Text(root, "event_time")),
                EventType = Text(root, "event_type") ?? "",
                Value = Number(root, "value", required: false),
                DurationMinutes = (int)Math.Clamp(Number(root, "duration_minutes", required: false), -1, 100_000),
            };
            return new ExportLine(number, text, parsed, null);
        }
        catch (JsonException e)
        {
            return new ExportLine(number, text, null, "malformed JSON: " + e.Message);
        }
        catch (FormatException e)
        {
            return new ExportLine(number, text, null, e.Message);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null => null,
            _ => v.GetRawText(),
        } : null;

    private static double Number(JsonElement root, string name, bool required)
    {
        if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return required ? throw new FormatException($"{name} is missing") : 0;
        }

        return v.ValueKind switch
        {
            JsonValueKind.Number => v.GetDouble(),
            JsonValueKind.String when double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => throw new FormatException($"{name} is not a number"),
        };
    }
}
