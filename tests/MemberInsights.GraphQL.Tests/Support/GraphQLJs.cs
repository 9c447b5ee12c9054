using System.Diagnostics;

namespace MemberInsights.GraphQL.Tests.Support;

/// <summary>Runs graphql-js (npm graphql@17.1.0 from the repository's node_modules) as a reference oracle.</summary>
public static class GraphQLJs
{
    /// <summary>The repository root (the directory holding package.json and node_modules).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Runs a CommonJS script with <c>graphql</c> resolvable, feeding <paramref name="stdin"/>; returns stdout.</summary>
    public static string Run(string script, string stdin)
    {
        var start = new ProcessStartInfo("node", ["-e", script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot,
        };
        start.Environment["NODE_PATH"] = Path.Combine(RepositoryRoot, "node_modules");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("graphql-js script failed: " + stderr.Result);
        }

        return stdout.Result;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "package.json"))
                && Directory.Exists(Path.Combine(directory.FullName, "node_modules", "graphql")))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException("node_modules/graphql not found above " + AppContext.BaseDirectory);
    }
}
