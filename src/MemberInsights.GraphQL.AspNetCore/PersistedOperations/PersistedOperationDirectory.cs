using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace MemberInsights.GraphQL.AspNetCore.PersistedOperations;

/// <summary>
/// Persisted operations stored as files <c>&lt;sha256&gt;.graphql</c> in one directory, with the
/// names and descriptions of <c>manifest.json</c>. The directory is read once, when constructed:
/// a request never touches the file system.
/// </summary>
public sealed class PersistedOperationDirectory : IPersistedOperationStore
{
    private readonly FrozenDictionary<string, PersistedOperation> _operations;

    /// <summary>Reads every operation file of <paramref name="directory"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="InvalidOperationException">
    /// A file's content does not hash to its name, or a file is not named by its hash (regenerate
    /// the directory with <see cref="OperationManifestGenerator"/>).
    /// </exception>
    public PersistedOperationDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The persisted operations directory {directory} does not exist.");
        }

        var manifest = OperationManifest.Read(directory);
        var operations = new Dictionary<string, PersistedOperation>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*.graphql"))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var document = File.ReadAllText(path);
            var id = DocumentId.Compute(document);
            if (!string.Equals(name, id, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"{path} is not named by the SHA-256 of its content ({id}); regenerate the operations directory ({nameof(OperationManifestGenerator)}).");
            }

            var entry = manifest.Operations.GetValueOrDefault(id);
            operations[id] = new PersistedOperation(id, document, entry?.Name ?? id, entry?.Description ?? string.Empty);
        }

        _operations = operations.ToFrozenDictionary(StringComparer.Ordinal);
        Location = Path.GetFullPath(directory);
    }

    /// <summary>The absolute path the operations were read from.</summary>
    public string Location { get; }

    /// <summary>Every operation, in no particular order.</summary>
    public IReadOnlyCollection<PersistedOperation> Operations => _operations.Values;

    /// <inheritdoc />
    public bool TryGet(string id, [NotNullWhen(true)] out PersistedOperation? operation) =>
        _operations.TryGetValue(id, out operation);
}
