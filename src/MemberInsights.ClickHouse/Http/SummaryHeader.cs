using System.Globalization;
using System.Text.Json;

namespace MemberInsights.ClickHouse.Http;

/// <summary>Reads <c>X-ClickHouse-Summary</c> (a JSON object whose numbers are strings) into <see cref="QueryStats"/>.</summary>
internal static class SummaryHeader
{
    public static QueryStats Parse(string? summary, TimeSpan measured)
    {
        if (summary is null)
        {
            return new QueryStats(0, 0, 0, measured);
        }

        try
        {
            using var document = JsonDocument.Parse(summary);
            var root = document.RootElement;
            var elapsedNs = Number(root, "elapsed_ns");
            return new QueryStats(
                Number(root, "read_rows"),
                Number(root, "written_rows"),
                Number(root, "read_bytes"),
                elapsedNs > 0 ? TimeSpan.FromTicks(elapsedNs / 100) : measured);
        }
        catch (JsonException)
        {
            return new QueryStats(0, 0, 0, measured);
        }
    }

    private static long Number(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return 0;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            JsonValueKind.Number when value.TryGetInt64(out var n) => n,
            _ => 0,
        };
    }
}
