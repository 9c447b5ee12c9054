using System.Text.Json;

namespace MemberInsights.GraphQL.Benchmarks;

/// <summary>The files shared with the graphql-js server of tests/load: SDL, static data, query, variables.</summary>
internal static class BenchmarkFixture
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "fixture");

    public static string Schema { get; } = File.ReadAllText(Path.Combine(Directory, "schema.graphql"));

    public static string Query { get; } = File.ReadAllText(Path.Combine(Directory, "query.graphql"));

    public static JsonElement Variables { get; } = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "variables.json"))).RootElement;

    public static IReadOnlyList<BenchmarkMember> Members { get; } =
        JsonSerializer.Deserialize<MemberData>(File.ReadAllText(Path.Combine(Directory, "data.json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!.Members;

    private sealed record MemberData(IReadOnlyList<BenchmarkMember> Members);
}

/// <summary>A member of the static benchmark data; the engine's default resolver reads its properties.</summary>
internal sealed record BenchmarkMember(
    string Id,
    string DisplayName,
    string PlanType,
    string Goal,
    string Status,
    string CohortMonth,
    string AcquisitionChannel,
    int? Age,
    BenchmarkEngagement Engagement,
    IReadOnlyList<BenchmarkAssignment> Experiments,
    IReadOnlyList<BenchmarkMemberDay> RecentDays);

internal sealed record BenchmarkEngagement(int Sessions, int Workouts, int CheckIns, double Score);

internal sealed record BenchmarkAssignment(string ExperimentName, string Variant, string AssignedDate);

internal sealed record BenchmarkMemberDay(
    string Date,
    double? RecoveryScore,
    double? SleepHours,
    double? Strain,
    int? RestingHeartRate,
    double? HrvMs,
    bool LowRecovery);
