using System.Globalization;
using System.Text.Json.Nodes;

namespace MemberInsights.Api.Tests.Support;

/// <summary>
/// Approved-file snapshots (Snapshooter cannot be installed here): <c>Snapshots/&lt;name&gt;.json</c> in this
/// project is the approved response. A mismatch writes <c>&lt;name&gt;.received.json</c> beside it and fails.
/// Approving is explicit: <c>build/update-snapshots.sh</c> (sets UPDATE_SNAPSHOTS=1), never automatic in CI.
/// Fractional numbers are compared at 12 significant digits: ClickHouse sums floats in an order that depends
/// on threads and merged parts, so the last digits of an average may differ between runs. Exact values are
/// checked against independent computations in the tests themselves.
/// </summary>
public static class Snapshot
{
    private static readonly string Directory = Path.Combine(RepositoryPaths.Root, "tests", "MemberInsights.Api.Tests", "Snapshots");

    /// <summary>
    /// Compares <paramref name="actual"/> with the approved snapshot <paramref name="name"/>. Properties named in
    /// <paramref name="volatileFields"/> (times, durations, generated ids) are compared as present or null only.
    /// </summary>
    public static void Match(string name, JsonNode actual, params string[] volatileFields)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(volatileFields);
        var approvedPath = Path.Combine(Directory, name + ".json");
        var receivedPath = Path.Combine(Directory, name + ".received.json");
        var text = Normalize(actual.DeepClone(), volatileFields.ToHashSet(StringComparer.Ordinal)).ToIndentedJson();
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(approvedPath, text);
            File.Delete(receivedPath);
            return;
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : null;
        if (approved == text)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, text);
        Assert.Fail(approved is null
            ? $"No approved snapshot {name}.json; the response is in {receivedPath}. Review it, then run build/update-snapshots.sh."
            : $"The response differs from the approved snapshot {name}.json; see {receivedPath}. If the change is intended, run build/update-snapshots.sh.");
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

/// <summary>Where the repository is (the directory holding the solution file).</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MemberInsights.GraphQL.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with MemberInsights.GraphQL.sln) is not above " + AppContext.BaseDirectory);
    }
}
