using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Snapshooter;

namespace MemberInsights.Api.Tests.Support;

/// <summary>
/// Approved response snapshots with Snapshooter: <c>__snapshots__/&lt;name&gt;.json</c> in this project is the approved
/// response; a mismatch fails and Snapshooter writes the response to <c>__snapshots__/__mismatch__/&lt;name&gt;.json</c>.
/// A missing snapshot fails too (Snapshooter's strict mode, which this class turns on): approving is the explicit
/// <c>build/update-snapshots.sh</c> (UPDATE_SNAPSHOTS=1), never a side effect of a test run, on CI or anywhere.
/// Before Snapshooter sees a response, fractional numbers are rounded to 12 significant digits (ClickHouse sums
/// floats in an order that depends on threads and merged parts, so the last digits of an average may differ between
/// runs; exact values are checked against independent computations in the tests themselves) and volatile fields
/// are masked: present or null is compared, not the value.
/// </summary>
public static class ResponseSnapshot
{
    /// <summary>The folder Snapshooter keeps <c>__snapshots__</c> in.</summary>
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "MemberInsights.Api.Tests");

    private static readonly bool Approving = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";

    /// <summary>
    /// Compares <paramref name="actual"/> with the approved snapshot <paramref name="name"/>. Properties named in
    /// <paramref name="volatileFields"/> (times, durations, generated ids) are compared as present or null only.
    /// </summary>
    public static void Match(string name, JsonNode actual, params string[] volatileFields) =>
        Match(Folder, name, actual, Approving, volatileFields);

    /// <summary>
    /// <see cref="Match(string, JsonNode, string[])"/> with the snapshots in <paramref name="folder"/><c>/__snapshots__</c>;
    /// <paramref name="approving"/> writes the response as the approved snapshot instead of comparing.
    /// </summary>
    internal static void Match(string folder, string name, JsonNode actual, bool approving, params string[] volatileFields)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(volatileFields);
        var text = Normalize(actual.DeepClone(), volatileFields.ToHashSet(StringComparer.Ordinal)).ToIndentedJson();
        var fullName = new SnapshotFullName(name + ".json", folder);
        var approved = Path.Combine(folder, FileNames.SnapshotFolderName, fullName.Filename);
        if (approving)
        {
            File.Delete(approved);
        }

        // Without strict mode Snapshooter writes a snapshot it does not find, and passes.
        Environment.SetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE", approving ? "false" : "on");
        global::Snapshooter.Xunit.Snapshot.Match(text, fullName);

        if (approving)
        {
            // Snapshooter writes UTF-8 with a byte-order mark; the approved files stay without one.
            File.WriteAllText(approved, File.ReadAllText(approved), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        // Snapshooter compares the JSON as Newtonsoft parses it, which reads ISO timestamps as dates, so
        // "2026-10-20T00:00:00Z" and "2026-10-20T00:00:00.000Z" compare equal: the approved text must be the response's.
        Assert.True(
            File.ReadAllText(approved).TrimEnd('\n') == text.TrimEnd('\n'),
            $"The response differs from the approved snapshot {name}.json in how a value is written (e.g. a timestamp). If the change is intended, run build/update-snapshots.sh.");
    }

    /// <summary>The response with every fractional number rounded to 12 significant digits and volatile values masked.</summary>
    private static JsonNode Normalize(JsonNode node, HashSet<string> volatileFields)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is not null && volatileFields.Contains(key))
                    {
                        obj[key] = "(volatile)";
                    }
                    else if (value is not null && Normalize(value, volatileFields) is var normalized && !ReferenceEquals(normalized, value))
                    {
                        obj[key] = normalized;
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item && Normalize(item, volatileFields) is var normalized && !ReferenceEquals(normalized, item))
                    {
                        array[i] = normalized;
                    }
                }

                return array;
            case JsonValue value when value.TryGetValue<double>(out var number) && number != Math.Floor(number) && double.IsFinite(number):
                return JsonValue.Create(double.Parse(number.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            default:
                return node;
        }
    }
}
