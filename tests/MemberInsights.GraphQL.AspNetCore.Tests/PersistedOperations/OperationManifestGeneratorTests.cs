using System.Text.Json;
using MemberInsights.GraphQL.AspNetCore.PersistedOperations;

namespace MemberInsights.GraphQL.AspNetCore.Tests.PersistedOperations;

public sealed class OperationManifestGeneratorTests
{
    [Fact]
    public void Files_are_normalized_renamed_to_their_hash_and_listed_with_name_and_description()
    {
        using var directory = new OperationsDirectory();

        var files = Directory.GetFiles(directory.Path).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(
            new[] { OperationsDirectory.DoubleId, OperationsDirectory.HelloId, OperationsDirectory.IncrementId }.Select(id => id + ".graphql").Append("manifest.json").Order(),
            files);
        Assert.Equal(OperationsDirectory.HelloDocument, File.ReadAllText(Path.Combine(directory.Path, OperationsDirectory.HelloId + ".graphql")));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.Path, "manifest.json")));
        var hello = manifest.RootElement.GetProperty("operations").GetProperty(OperationsDirectory.HelloId);
        Assert.Equal("Hello", hello.GetProperty("name").GetString());
        Assert.Equal("Greets the world.", hello.GetProperty("description").GetString());
    }

    [Fact]
    public void Regenerating_a_generated_directory_changes_nothing()
    {
        using var directory = new OperationsDirectory();
        var before = File.ReadAllText(Path.Combine(directory.Path, "manifest.json"));

        var changes = OperationManifestGenerator.Regenerate(directory.Path);

        Assert.False(changes.HasChanges);
        Assert.Equal(before, File.ReadAllText(Path.Combine(directory.Path, "manifest.json")));
    }

    [Fact]
    public void Manifest_names_and_descriptions_survive_an_edit_of_the_document()
    {
        using var directory = new OperationsDirectory();
        var manifestPath = Path.Combine(directory.Path, "manifest.json");
        File.WriteAllText(manifestPath, File.ReadAllText(manifestPath).Replace("Greets the world.", "Curated greeting.", StringComparison.Ordinal));
        var edited = Path.Combine(directory.Path, "greeting.graphql");
        File.Move(Path.Combine(directory.Path, OperationsDirectory.HelloId + ".graphql"), edited);
        File.WriteAllText(edited, "query Hello {\n  hello(name: \"BI\")\n}\n");

        var check = OperationManifestGenerator.Check(directory.Path);
        var changes = OperationManifestGenerator.Regenerate(directory.Path);

        Assert.True(check.HasChanges);
        Assert.Equal(check.Renamed, changes.Renamed);
        Assert.Equal(check.Updated, changes.Updated);
        Assert.Equal(check.Removed, changes.Removed);
        Assert.Contains(OperationsDirectory.HelloId, changes.Removed);
        var store = new PersistedOperationDirectory(directory.Path);
        var operation = Assert.Single(store.Operations, o => o.Name == "Hello");
        Assert.Contains("\"BI\"", operation.Document, StringComparison.Ordinal);
        Assert.Equal(DocumentId.Compute(operation.Document), operation.Id);
    }

    [Fact]
    public void The_store_refuses_a_file_whose_content_does_not_match_its_name()
    {
        using var directory = new OperationsDirectory();
        File.AppendAllText(Path.Combine(directory.Path, OperationsDirectory.HelloId + ".graphql"), "# edited\n");

        var error = Assert.Throws<InvalidOperationException>(() => new PersistedOperationDirectory(directory.Path));

        Assert.Contains(OperationsDirectory.HelloId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_store_reads_every_operation_with_its_manifest_entry()
    {
        using var directory = new OperationsDirectory();

        var store = new PersistedOperationDirectory(directory.Path);

        Assert.Equal(3, store.Operations.Count);
        Assert.True(store.TryGet(OperationsDirectory.DoubleId, out var operation));
        Assert.Equal("Double", operation.Name);
        Assert.Equal(OperationsDirectory.DoubleDocument, operation.Document);
    }

    [Fact]
    public void The_repository_operations_directory_is_in_its_generated_form()
    {
        var changes = OperationManifestGenerator.Check(Path.Combine(Hosting.RepositoryPaths.Root, "schema", "operations"));

        Assert.False(changes.HasChanges,
            "schema/operations is not in its generated form; run: dotnet run --project tests/MemberInsights.GraphQL.Benchmarks -- persisted-operations schema/operations\n"
            + string.Join('\n', changes.Renamed.Concat(changes.Updated).Concat(changes.Removed)));
    }
}
