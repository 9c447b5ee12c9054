using System.Diagnostics;
using MemberInsights.GraphQL.Tests.Support;

namespace MemberInsights.GraphQL.Tests.Conformance;

/// <summary>Runs one of the oracle scripts under <c>Conformance/oracle</c> with node, once per batch.</summary>
internal static class NodeScript
{
    public static string ConformanceDirectory { get; } =
        Path.Combine(GraphQLJs.RepositoryRoot, "tests", "MemberInsights.GraphQL.Tests", "Conformance");

    public static string Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = GraphQLJs.RepositoryRoot,
        };
        start.ArgumentList.Add(Path.Combine(ConformanceDirectory, "oracle", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed: {stderr.Result}");
        }

        return stdout.Result;
    }
}
