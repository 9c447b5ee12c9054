using System.Text;
using System.Text.RegularExpressions;

namespace MemberInsights.GraphQL.AspNetCore.PersistedOperations;

/// <summary>
/// (Re)generates an operations directory so that BI tools get stable ids: every <c>.graphql</c>
/// file is normalized (LF line endings, no trailing spaces, one final newline), renamed to
/// <c>&lt;sha256&gt;.graphql</c>, and listed in <c>manifest.json</c>. Names come from the existing
/// manifest, else from the document's first named operation, else from the original file name;
/// descriptions from the manifest, else from the document's leading <c>#</c> comment lines.
/// Running it twice changes nothing.
/// </summary>
public static partial class OperationManifestGenerator
{
    /// <summary>Regenerates <paramref name="directory"/> in place and returns what changed.</summary>
    public static OperationManifestChanges Regenerate(string directory)
    {
        var plan = Plan(directory);
        foreach (var (source, operation) in plan.Files)
        {
            var target = Path.Combine(directory, operation.Id + ".graphql");
            if (!File.Exists(target) || File.ReadAllText(target) != operation.Document)
            {
                File.WriteAllText(target, operation.Document, new UTF8Encoding(false));
            }

            if (!string.Equals(Path.GetFullPath(source), Path.GetFullPath(target), StringComparison.Ordinal))
            {
                File.Delete(source);
            }
        }

        if (plan.Changes.HasChanges || !File.Exists(Path.Combine(directory, OperationManifest.FileName)))
        {
            plan.Manifest.Write(directory);
        }

        return plan.Changes;
    }

    /// <summary>Reports what <see cref="Regenerate"/> would change, without writing anything.</summary>
    public static OperationManifestChanges Check(string directory) => Plan(directory).Changes;

    private static GenerationPlan Plan(string directory)
    {
        var existing = OperationManifest.Read(directory);
        var files = new List<(string Source, PersistedOperation Operation)>();
        var entries = new Dictionary<string, OperationManifestEntry>(StringComparer.Ordinal);
        var renamed = new List<string>();
        foreach (var source in Directory.EnumerateFiles(directory, "*.graphql").Order(StringComparer.Ordinal))
        {
            var original = File.ReadAllText(source);
            var document = Normalize(original);
            var id = DocumentId.Compute(document);
            var stem = Path.GetFileNameWithoutExtension(source);
            var previous = existing.Operations.GetValueOrDefault(id) ?? existing.Operations.GetValueOrDefault(stem);
            var entry = new OperationManifestEntry(
                NonEmpty(previous?.Name) ?? OperationName(document) ?? stem,
                NonEmpty(previous?.Description) ?? LeadingComment(document));
            if (stem != id || original != document)
            {
                renamed.Add($"{Path.GetFileName(source)} -> {id}.graphql");
            }

            entries[id] = entry;
            files.Add((source, new PersistedOperation(id, document, entry.Name, entry.Description)));
        }

        var removed = existing.Operations.Keys.Where(id => !entries.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var updated = entries.Where(e => !existing.Operations.TryGetValue(e.Key, out var old) || old != e.Value)
            .Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
        return new GenerationPlan(files, new OperationManifest(entries), new OperationManifestChanges(renamed, updated, removed));
    }

    private static string Normalize(string document)
    {
        var lines = document.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd());
        return string.Join('\n', lines).Trim('\n') + "\n";
    }

    private static string? OperationName(string document)
    {
        var match = NamedOperation().Match(document);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private static string LeadingComment(string document)
    {
        var lines = document.Split('\n').TakeWhile(line => line.StartsWith('#')).Select(line => line.TrimStart('#').Trim());
        return string.Join(' ', lines).Trim();
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    [GeneratedRegex(@"^\s*(query|mutation|subscription)\s+(?<name>[_A-Za-z][_0-9A-Za-z]*)", RegexOptions.Multiline)]
    private static partial Regex NamedOperation();

    private sealed record GenerationPlan(
        List<(string Source, PersistedOperation Operation)> Files,
        OperationManifest Manifest,
        OperationManifestChanges Changes);
}

/// <summary>What a regeneration of an operations directory changes.</summary>
/// <param name="Renamed">Files that get a new name or normalized content (<c>old -> new</c>).</param>
/// <param name="Updated">Ids whose manifest entry is added or changed.</param>
/// <param name="Removed">Ids listed in the manifest without a file.</param>
public sealed record OperationManifestChanges(
    IReadOnlyList<string> Renamed,
    IReadOnlyList<string> Updated,
    IReadOnlyList<string> Removed)
{
    /// <summary>Whether the directory is not yet in its generated form.</summary>
    public bool HasChanges => Renamed.Count > 0 || Updated.Count > 0 || Removed.Count > 0;
}
