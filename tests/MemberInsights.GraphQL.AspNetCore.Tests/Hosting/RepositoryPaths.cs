namespace MemberInsights.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>Paths in the repository the tests run from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Artifacts => Path.Combine(Root, "artifacts");

    private static string FindRoot()
    {
        var directory = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(directory, "MemberInsights.GraphQL.sln")))
        {
            directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException("The repository root (MemberInsights.GraphQL.sln) was not found.");
        }

        return directory;
    }
}
