namespace MemberInsights.Api.Tests.Support;

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
