namespace MemberInsights.GraphQL.Tests.Conformance;

/// <summary>One document of the validation corpus.</summary>
internal sealed record CorpusCase(string Name, string Document);

/// <summary>
/// Reads a corpus file: cases separated by header lines <c>#### case name</c>, the text up to the
/// next header (trailing blank lines removed) being the document; oracle/corpus.mjs splits alike.
/// </summary>
internal static class CorpusFile
{
    /// <summary>
    /// The corpus groups: the harness schema with the files beside it, then each sub-directory's
    /// <c>schema.graphql</c> with the files in that directory.
    /// </summary>
    public static List<(string SchemaPath, string[] CasePaths)> Groups()
    {
        var root = Path.Combine(NodeScript.ConformanceDirectory, "corpus");
        var groups = new List<(string, string[])> { (Path.Combine(root, "harness.graphql"), CasesIn(root)) };
        foreach (var directory in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            groups.Add((Path.Combine(directory, "schema.graphql"), CasesIn(directory)));
        }

        return groups;
    }

    private static string[] CasesIn(string directory) =>
        [.. Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal)];

    public static List<CorpusCase> Read(string path)
    {
        var fileName = Path.GetFileName(path);
        var cases = new List<CorpusCase>();
        string? name = null;
        var lines = new List<string>();
        void Flush()
        {
            if (name is null)
            {
                return;
            }

            while (lines.Count > 0 && lines[^1].Trim().Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            cases.Add(new CorpusCase($"{fileName}: {name}", string.Join('\n', lines)));
        }

        foreach (var line in File.ReadAllText(path).Split('\n'))
        {
            if (line.StartsWith("#### ", StringComparison.Ordinal))
            {
                Flush();
                name = line[5..].Trim();
                lines = [];
            }
            else if (name is not null)
            {
                lines.Add(line);
            }
        }

        Flush();
        return cases;
    }
}
