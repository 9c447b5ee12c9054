using MemberInsights.GraphQL.AspNetCore.PersistedOperations;

namespace MemberInsights.GraphQL.AspNetCore.Tests.PersistedOperations;

/// <summary>A temporary operations directory generated from named .graphql files.</summary>
public sealed class OperationsDirectory : IDisposable
{
    public const string HelloDocument = "# Greets the world.\nquery Hello {\n  hello\n}\n";
    public const string DoubleDocument = "query Double($n: Int!) {\n  double(value: $n)\n}\n";
    public const string IncrementDocument = "mutation Increment {\n  increment\n}\n";

    public OperationsDirectory()
    {
        Path = Directory.CreateTempSubdirectory("persisted-operations-").FullName;
        File.WriteAllText(System.IO.Path.Combine(Path, "hello.graphql"), HelloDocument.Replace("\n", "\r\n", StringComparison.Ordinal) + "\n\n");
        File.WriteAllText(System.IO.Path.Combine(Path, "double.graphql"), DoubleDocument);
        File.WriteAllText(System.IO.Path.Combine(Path, "increment.graphql"), IncrementDocument);
        OperationManifestGenerator.Regenerate(Path);
    }

    public string Path { get; }

    public static string HelloId => DocumentId.Compute(HelloDocument);

    public static string DoubleId => DocumentId.Compute(DoubleDocument);

    public static string IncrementId => DocumentId.Compute(IncrementDocument);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
