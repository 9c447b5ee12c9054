using System.Globalization;
using System.Text;

namespace MemberInsights.Warehouse.Ingest;

/// <summary>
/// CSV with a header naming the columns (any order): event_id, member_id, event_time, event_type, and optionally
/// value and duration_minutes. Fields may be quoted ("" escapes a quote). Stateful: the first line is the header.
/// </summary>
public sealed class CsvLineParser : IExportLineParser
{
    private static readonly string[] Required = ["event_id", "member_id", "event_time", "event_type"];
    private Dictionary<string, int>? _columns;
    private string? _headerError;

    /// <inheritdoc />
    public ExportLine? Parse(long number, string text)
    {
        if (_columns is null && _headerError is null)
        {
            ReadHeader(text);
            return _headerError is null ? null : new ExportLine(number, text, null, _headerError);
        }

        if (_headerError is not null)
        {
            return new ExportLine(number, text, null, "the file has no usable header: " + _headerError);
        }

        var fields = Split(text);
        if (fields is null)
        {
            return new ExportLine(number, text, null, "unterminated quoted field");
        }

        if (fields.Count != _columns!.Count)
        {
            return new ExportLine(number, text, null, $"expected {_columns.Count} columns, found {fields.Count}");
        }

        try
        {
            var parsed = new ExternalEvent
            {
                EventId = Guid.TryParse(Field(fields, "event_id"), out var id) ? id : throw new FormatException("event_id is not a UUID"),
                MemberId = uint.TryParse(Field(fields, "member_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var member)
                    ? member : throw new FormatException("member_id is not a whole number"),
                EventTime = Timestamps.ParseUtc(Field(fields, "event_time")),
                EventType = Field(fields, "event_type") ?? "",
                Value = Number(Field(fields, "value"), "value"),
                DurationMinutes = (int)Math.Clamp(Number(Field(fields, "duration_minutes"), "duration_minutes"), -1, 100_000),
            };
            return new ExportLine(number, text, parsed, null);
        }
        catch (FormatException e)
        {
            return new ExportLine(number, text, null, e.Message);
        }
    }

    private void ReadHeader(string text)
    {
        var names = Split(text)?.Select(n => n.Trim().ToLowerInvariant()).ToList();
        var missing = names is null ? Required : Required.Where(r => !names.Contains(r)).ToArray();
        if (names is null || missing.Length > 0)
        {
            _headerError = $"the header lacks column(s) {string.Join(", ", missing)}";
            return;
        }

        _columns = names.Select((n, i) => (n, i)).GroupBy(p => p.n).ToDictionary(g => g.Key, g => g.First().i);
        if (_columns.Count != names.Count)
        {
            _columns = null;
            _headerError = "the header names a column twice";
        }
    }

    private string? Field(List<string> fields, string name) =>
        _columns!.TryGetValue(name, out var i) && fields[i].Length > 0 ? fields[i] : null;

    private static double Number(string? text, string name) =>
        text is null ? 0
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
        : throw new FormatException($"{name} '{RejectionText.Value(text)}' is not a number");

    private static List<string>? Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return null;
        }

        fields.Add(field.ToString());
        return fields;
    }
}
