using System.Text.Json.Nodes;
using Snapshooter.Exceptions;
using Xunit.Sdk;

namespace MemberInsights.Api.Tests.Support;

/// <summary>
/// What an approved snapshot guarantees, on a snapshot folder of each test's own. The collection runs alone:
/// Snapshooter's strict mode is a process-wide environment variable.
/// </summary>
[Collection(Name)]
public sealed class ResponseSnapshotTests : IDisposable
{
    /// <summary>The collection that runs without others in parallel.</summary>
    public const string Name = "response snapshots";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mi-snapshot-tests-" + Guid.NewGuid().ToString("N"));

    public ResponseSnapshotTests() => Directory.CreateDirectory(Path.Combine(_folder, "__snapshots__"));

    private string Approved => Path.Combine(_folder, "__snapshots__", "response.json");

    private string Mismatch => Path.Combine(_folder, "__snapshots__", "__mismatch__", "response.json");

    [Fact]
    public void A_missing_snapshot_fails_and_is_not_written()
    {
        Assert.Throws<SnapshotNotFoundException>(() => Match("""{"value": 1}"""));

        Assert.False(File.Exists(Approved));
    }

    [Fact]
    public void A_changed_value_fails_leaves_the_approved_file_as_it_was_and_writes_the_response_beside_it()
    {
        Approve("""{"value": 1, "name": "recovery"}""");
        var approved = File.ReadAllText(Approved);

        Assert.ThrowsAny<XunitException>(() => Match("""{"value": 2, "name": "recovery"}"""));

        Assert.Equal(approved, File.ReadAllText(Approved));
        Assert.Contains("\"value\": 2", File.ReadAllText(Mismatch), StringComparison.Ordinal);
    }

    [Fact]
    public void Fractions_are_compared_at_12_significant_digits()
    {
        Approve("""{"mean": 55.356425725395824}""");

        Match("""{"mean": 55.356425725391}""");
        Assert.ThrowsAny<XunitException>(() => Match("""{"mean": 55.35642572546}"""));
        Assert.Contains("55.3564257254", File.ReadAllText(Approved), StringComparison.Ordinal);
    }

    [Fact]
    public void A_volatile_field_is_compared_as_present_or_null_only()
    {
        Approve("""{"runId": "a", "finishedAt": null}""", "runId", "finishedAt");

        Match("""{"runId": "b", "finishedAt": null}""", "runId", "finishedAt");
        Assert.ThrowsAny<XunitException>(() => Match("""{"runId": "b", "finishedAt": "2026-10-31T00:00:00Z"}""", "runId", "finishedAt"));
        Assert.DoesNotContain("\"a\"", File.ReadAllText(Approved), StringComparison.Ordinal);
    }

    [Fact]
    public void A_timestamp_written_differently_fails_though_it_is_the_same_instant()
    {
        Approve("""{"at": "2026-10-20T00:00:00Z"}""");

        Assert.ThrowsAny<XunitException>(() => Match("""{"at": "2026-10-20T00:00:00.000Z"}"""));
    }

    [Fact]
    public void Approving_rewrites_the_snapshot_without_a_byte_order_mark()
    {
        Approve("""{"value": 1}""");
        Approve("""{"value": 2}""");

        Match("""{"value": 2}""");
        Assert.NotEqual(0xEF, File.ReadAllBytes(Approved)[0]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Approve(string json, params string[] volatileFields) =>
        ResponseSnapshot.Match(_folder, "response", JsonNode.Parse(json)!, approving: true, volatileFields);

    private void Match(string json, params string[] volatileFields) =>
        ResponseSnapshot.Match(_folder, "response", JsonNode.Parse(json)!, approving: false, volatileFields);
}

/// <summary>Runs <see cref="ResponseSnapshotTests"/> alone.</summary>
[CollectionDefinition(ResponseSnapshotTests.Name, DisableParallelization = true)]
public sealed class ResponseSnapshotCollection;
