using System.Text.Json;

namespace MemberInsights.GraphQL.AspNetCore.PersistedOperations;

/// <summary>
/// The <c>manifest.json</c> beside the operation files: for each id, the operation's stable name
/// and description, so BI tools can list what they may call.
/// Shape: <c>{"operations": {"&lt;id&gt;": {"name": "...", "description": "..."}}}</c>.
/// </summary>
public sealed class OperationManifest
{
    /// <summary>The manifest's file name inside the operations directory.</summary>
    public const string FileName = "manifest.json";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true };

    /// <summary>Creates a manifest from entries keyed by operation id.</summary>
    public OperationManifest(IReadOnlyDictionary<string, OperationManifestEntry> operations)
    {
        Operations = operations;
    }

    /// <summary>The entries keyed by operation id.</summary>
    public IReadOnlyDictionary<string, OperationManifestEntry> Operations { get; }

    /// <summary>Reads the manifest of a directory; an absent file is an empty manifest.</summary>
    /// <exception cref="InvalidOperationException">The file is not a manifest.</exception>
    public static OperationManifest Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return new OperationManifest(new Dictionary<string, OperationManifestEntry>());
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var operations = new Dictionary<string, OperationManifestEntry>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.GetProperty("operations").EnumerateObject())
            {
                operations[property.Name] = new OperationManifestEntry(
                    ReadString(property.Value, "name"),
                    ReadString(property.Value, "description"));
            }

            return new OperationManifest(operations);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"{path} is not an operation manifest ({{\"operations\": {{\"<sha256>\": {{\"name\": ..., \"description\": ...}}}}}}): {e.Message}", e);
        }
    }

    /// <summary>Writes the manifest, entries ordered by name then id so that diffs stay small.</summary>
    public void Write(string directory)
    {
        using var stream = File.Create(Path.Combine(directory, FileName));
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("operations");
            foreach (var (id, entry) in Operations.OrderBy(o => o.Value.Name, StringComparer.Ordinal).ThenBy(o => o.Key, StringComparer.Ordinal))
            {
                writer.WriteStartObject(id);
                writer.WriteString("name", entry.Name);
                writer.WriteString("description", entry.Description);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static string ReadString(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : string.Empty;
}

/// <summary>One operation in the manifest.</summary>
/// <param name="Name">The stable name BI tools show.</param>
/// <param name="Description">What the operation answers.</param>
public sealed record OperationManifestEntry(string Name, string Description);
