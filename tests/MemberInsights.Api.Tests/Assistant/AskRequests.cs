using System.Text.Json.Nodes;
using MemberInsights.Api.Tests.Support;

namespace MemberInsights.Api.Tests.Assistant;

/// <summary>The <c>ask</c> mutation as the tests send it: every payload field, the data through fragments of each union member.</summary>
public static class AskRequests
{
    /// <summary>The mutation; <c>$question</c> is the question.</summary>
    public const string Mutation = """
        mutation Ask($question: String!) {
          ask(input: { question: $question }) {
            status answer asOf chart suggestions
            data {
              __typename
              ... on MetricDefinition { name displayName formula unit }
              ... on ExperimentReadout { metric absoluteLift baseline { members mean } releaseCandidate { members mean } decision { recommendation } }
              ... on MetricSeries { grain definition { name unit } measures: points { date value members } }
              ... on CountSeries { grain definition { name } counts: points { date value } }
              ... on RateSeries { grain definition { name } rates: points { date value numerator denominator } }
              ... on RetentionMatrix { cohorts { cohortMonth size months { monthsSinceJoin activeMembers rate } } }
              ... on PlatformHealthSnapshot { latestRunStatus qualityPassRate maxLagDays }
            }
            trace { tool arguments { name value } estimatedTokens rowsConsidered latencyMs apiCalls apiCostUsd }
          }
        }
        """;

    /// <summary>Asks <paramref name="question"/>; returns the <c>ask</c> payload.</summary>
    public static async Task<JsonObject> AskAsync(this ApiFactory api, string question)
    {
        var data = await api.QueryAsync(Mutation, new { question });
        return data["ask"]!.AsObject();
    }

    /// <summary>The trace's arguments as a dictionary.</summary>
    public static Dictionary<string, string> Arguments(JsonObject payload) =>
        payload["trace"]!["arguments"]!.AsArray().ToDictionary(a => a!["name"]!.GetValue<string>(), a => a!["value"]!.GetValue<string>());

    /// <summary>The payload without the latency, which differs run to run (for snapshots).</summary>
    public static JsonObject WithoutLatency(JsonObject payload)
    {
        var copy = payload.DeepClone().AsObject();
        copy["trace"]!.AsObject().Remove("latencyMs");
        return copy;
    }
}
