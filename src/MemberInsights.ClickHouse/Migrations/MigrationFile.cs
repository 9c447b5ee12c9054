using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace MemberInsights.ClickHouse.Migrations;

/// <summary>One <c>NNN_description.sql</c> file.</summary>
internal sealed partial record MigrationFile(int Version, string Name, string Path, string Script, string Checksum)
{
    public static IReadOnlyList<MigrationFile> Discover(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The migrations directory '{directory}' does not exist.");
        }

        var files = new List<MigrationFile>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.sql"))
        {
            var name = System.IO.Path.GetFileName(path);
            var match = FileNamePattern().Match(name);
            if (!match.Success)
            {
                throw new FormatException($"Migration file '{name}' does not match NNN_description.sql.");
            }

            var script = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
            files.Add(new MigrationFile(int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture), name, path, script, checksum));
        }

        var duplicate = files.GroupBy(f => f.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException($"Migrations {string.Join(" and ", duplicate.Select(f => f.Name))} share version {duplicate.Key}.");
        }

        return files.OrderBy(f => f.Version).ToList();
    }

    [GeneratedRegex(@"^(\d+)_[^/\\]+\.sql$")]
    private static partial Regex FileNamePattern();
}
