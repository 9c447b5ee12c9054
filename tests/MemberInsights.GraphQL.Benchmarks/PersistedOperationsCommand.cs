using MemberInsights.GraphQL.AspNetCore.PersistedOperations;

namespace MemberInsights.GraphQL.Benchmarks;

/// <summary>
/// The command that (re)generates a persisted operations directory, so BI tools get stable ids:
/// <c>dotnet run --project tests/MemberInsights.GraphQL.Benchmarks -- persisted-operations schema/operations</c>.
/// </summary>
internal static class PersistedOperationsCommand
{
    public static int Run(string directory)
    {
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"{directory} does not exist.");
            return 1;
        }

        var changes = OperationManifestGenerator.Regenerate(directory);
        foreach (var line in changes.Renamed)
        {
            Console.WriteLine($"renamed  {line}");
        }

        foreach (var id in changes.Updated)
        {
            Console.WriteLine($"listed   {id}");
        }

        foreach (var id in changes.Removed)
        {
            Console.WriteLine($"removed  {id} (no file)");
        }

        var count = new PersistedOperationDirectory(directory).Operations.Count;
        Console.WriteLine(changes.HasChanges ? $"{directory}: {count} operations, manifest.json updated" : $"{directory}: {count} operations, already up to date");
        return 0;
    }
}
