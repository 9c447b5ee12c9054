using System.Text.Json.Nodes;
using MemberInsights.Api.Tests.Support;
using MemberInsights.ClickHouse;

namespace MemberInsights.Api.Tests.Experiments;

/// <summary>
/// Every number of a readout on the tiny data against an independent recomputation: per-member means by plain
/// SQL over the raw events and the assignments, then the statistics by hand (<see cref="IndependentStatistics"/>).
/// </summary>
[Collection(TinyApiCollection.Name)]
public sealed class ExperimentReadoutTests(ApiFactory api)
{
    private const double Tolerance = 1e-9;

    private const string Readout = """
        query($name: String!, $metric: ExperimentMetric!) {
          experiment(name: $name) {
            readout(metric: $metric) {
              metric
              definition { name }
              baseline { members mean standardDeviation }
              releaseCandidate { members mean standardDeviation }
              absoluteLift relativeLift pValue degreesOfFreedom
              confidenceInterval { low high level }
              cuped { theta absoluteLift pValue varianceReduction members confidenceInterval { low high level } }
              sampleRatio { chiSquare pValue mismatch }
              guardrail { baselineRate releaseCandidateRate difference pValue breached }
              decision { recommendation reasons }
            }
          }
        }
        """;

    // Per member and period (pre = the 28 days before assignment): the metric's sum and its count of readings or days.
    private const string RawMeansSql = """
        SELECT a.variant, e.member_id, e.event_date < a.assigned_date AS pre,
               sumIf(toFloat64(e.value), e.event_type = 'recovery') AS recovery_sum, countIf(e.event_type = 'recovery') AS recovery_n,
               sumIf(toFloat64(e.value), e.event_type = 'sleep') AS sleep_sum, countIf(e.event_type = 'sleep') AS sleep_n,
               sumIf(toFloat64(e.value), e.event_type = 'strain') AS strain_sum, countIf(e.event_type = 'strain') AS strain_n,
               toFloat64(10 * countIf(e.event_type = 'session') + 25 * countIf(e.event_type = 'workout') + 15 * countIf(e.event_type = 'check_in')) AS points,
               uniqExact(e.event_date) AS active_days
        FROM stg_member_events AS e
        INNER JOIN (SELECT member_id, variant, assigned_date FROM dim_experiment_assignments FINAL WHERE experiment_name = {name:String}) AS a
            ON a.member_id = e.member_id
        WHERE e.event_date >= a.assigned_date - 28
        GROUP BY a.variant, e.member_id, pre
        """;

    // Per member and period: days with a recovery reading, and those with a reading below 33.
    private const string RawLowRecoverySql = """
        SELECT variant, member_id, pre, toFloat64(sum(low)) AS low_days, count() AS reading_days
        FROM
        (
            SELECT a.variant AS variant, e.member_id AS member_id, e.event_date < a.assigned_date AS pre, e.event_date AS day,
                   max(e.value < 33) AS low
            FROM stg_member_events AS e
            INNER JOIN (SELECT member_id, variant, assigned_date FROM dim_experiment_assignments FINAL WHERE experiment_name = {name:String}) AS a
                ON a.member_id = e.member_id
            WHERE e.event_type = 'recovery' AND e.event_date >= a.assigned_date - 28
            GROUP BY variant, member_id, pre, day
        )
        GROUP BY variant, member_id, pre
        """;

    public static TheoryData<string, string> Readouts => new()
    {
        { "recovery_model_v5", "RECOVERY_SCORE" },
        { "recovery_model_v5", "SLEEP_HOURS" },
        { "recovery_model_v5", "STRAIN" },
        { "recovery_model_v5", "ENGAGEMENT_SCORE" },
        { "recovery_model_v5", "LOW_RECOVERY_RATE" },
        { "sleep_coach_v2", "SLEEP_HOURS" },
    };

    [Theory]
    [MemberData(nameof(Readouts))]
    public async Task Every_statistic_matches_an_independent_recomputation(string experiment, string metric)
    {
        var readout = (await api.QueryAsync(Readout, new { name = experiment, metric }))["experiment"]!["readout"]!;
        var values = await MemberValuesAsync(experiment, metric);
        var lowRecovery = await MemberValuesAsync(experiment, "LOW_RECOVERY_RATE");

        var baseline = Post(values, "baseline");
        var candidate = Post(values, "release_candidate");
        var welch = IndependentStatistics.Compare(baseline, candidate);
        Assert.Equal(metric, readout["metric"]!.GetValue<string>());
        Assert.Equal(metric.ToLowerInvariant(), readout["definition"]!["name"]!.GetValue<string>());
        Assert.Equal(baseline.Count, readout["baseline"]!["members"]!.GetValue<long>());
        Assert.Equal(candidate.Count, readout["releaseCandidate"]!["members"]!.GetValue<long>());
        Close(welch.MeanControl, readout["baseline"]!["mean"]);
        Close(welch.SdControl, readout["baseline"]!["standardDeviation"]);
        Close(welch.MeanTreatment, readout["releaseCandidate"]!["mean"]);
        Close(welch.SdTreatment, readout["releaseCandidate"]!["standardDeviation"]);
        Close(welch.Lift, readout["absoluteLift"]);
        Close(welch.Lift / welch.MeanControl, readout["relativeLift"]);
        Close(welch.DegreesOfFreedom, readout["degreesOfFreedom"]);
        Close(welch.PValue, readout["pValue"]);
        Close(welch.Low, readout["confidenceInterval"]!["low"]);
        Close(welch.High, readout["confidenceInterval"]!["high"]);
        Close(0.95, readout["confidenceInterval"]!["level"]);

        AssertCuped(values, readout["cuped"]);
        await AssertSampleRatioAsync(experiment, readout["sampleRatio"]!);

        var guardrail = IndependentStatistics.Compare(Post(lowRecovery, "baseline"), Post(lowRecovery, "release_candidate"));
        Close(guardrail.MeanControl, readout["guardrail"]!["baselineRate"]);
        Close(guardrail.MeanTreatment, readout["guardrail"]!["releaseCandidateRate"]);
        Close(guardrail.Lift, readout["guardrail"]!["difference"]);
        Close(guardrail.PValue, readout["guardrail"]!["pValue"]);
        Assert.Equal(guardrail.Lift > 0 && guardrail.PValue < 0.05, readout["guardrail"]!["breached"]!.GetValue<bool>());
        Assert.NotEmpty(readout["decision"]!["reasons"]!.AsArray());
    }

    [Fact]
    public async Task Cuped_is_null_when_no_member_has_a_pre_period()
    {
        // sleep_coach_v2 assigned its members before the tiny data set's first day.
        var preRows = await api.ClickHouse.ScalarAsync<ulong>(
            "SELECT count() FROM agg_experiment_member WHERE experiment_name = 'sleep_coach_v2' AND period = 'pre'");
        var readout = (await api.QueryAsync(Readout, new { name = "sleep_coach_v2", metric = "RECOVERY_SCORE" }))["experiment"]!["readout"]!;

        Assert.Equal(0ul, preRows);
        Assert.Null(readout["cuped"]);
    }

    [Fact]
    public async Task The_readout_snapshot_is_stable()
    {
        var data = await api.QueryAsync(Readout, new { name = "recovery_model_v5", metric = "RECOVERY_SCORE" });

        ResponseSnapshot.Match("experiments-recovery-model-v5-readout", data);
    }

    private void AssertCuped(IReadOnlyList<MemberValue> values, JsonNode? cuped)
    {
        var paired = values.GroupBy(v => (v.Variant, v.Member))
            .Select(member => (member.Key.Variant, Pre: member.FirstOrDefault(v => v.Pre)?.Value, Post: member.FirstOrDefault(v => !v.Pre)?.Value))
            .Where(m => m.Pre is not null && m.Post is not null)
            .Select(m => (m.Variant, Pre: m.Pre!.Value, Post: m.Post!.Value))
            .ToList();
        if (paired.Count(p => p.Variant == "baseline") < 2 || paired.Count(p => p.Variant == "release_candidate") < 2)
        {
            Assert.Null(cuped);
            return;
        }

        Assert.NotNull(cuped);
        var (meanPre, varPre) = IndependentStatistics.Moments(paired.Select(p => p.Pre).ToList());
        var meanPost = paired.Average(p => p.Post);
        var covariance = paired.Sum(p => (p.Pre - meanPre) * (p.Post - meanPost)) / (paired.Count - 1);
        var theta = covariance / varPre;
        List<double> Adjusted(string variant) => paired.Where(p => p.Variant == variant).Select(p => p.Post - theta * (p.Pre - meanPre)).ToList();
        List<double> Raw(string variant) => paired.Where(p => p.Variant == variant).Select(p => p.Post).ToList();
        var adjusted = IndependentStatistics.Compare(Adjusted("baseline"), Adjusted("release_candidate"));
        var raw = IndependentStatistics.Compare(Raw("baseline"), Raw("release_candidate"));

        Close(theta, cuped["theta"]);
        Close(adjusted.Lift, cuped["absoluteLift"]);
        Close(adjusted.PValue, cuped["pValue"]);
        Close(adjusted.Low, cuped["confidenceInterval"]!["low"]);
        Close(adjusted.High, cuped["confidenceInterval"]!["high"]);
        Close(1 - (adjusted.StandardError * adjusted.StandardError) / (raw.StandardError * raw.StandardError), cuped["varianceReduction"]);
        Assert.Equal(paired.Count, cuped["members"]!.GetValue<long>());
    }

    private async Task AssertSampleRatioAsync(string experiment, JsonNode sampleRatio)
    {
        var sizes = await api.ClickHouse.QueryListAsync(
            "SELECT count() FROM dim_experiment_assignments FINAL WHERE experiment_name = {name:String} GROUP BY variant ORDER BY variant",
            row => (double)row.Get<ulong>(0), new QueryParameters().Add("name", experiment));
        var expected = sizes.Sum() / 2;
        var chiSquare = sizes.Sum(n => (n - expected) * (n - expected) / expected);
        var p = IndependentStatistics.ChiSquareOneTail(chiSquare);

        Close(chiSquare, sampleRatio["chiSquare"]);
        Close(p, sampleRatio["pValue"]);
        Assert.Equal(p < 0.001, sampleRatio["mismatch"]!.GetValue<bool>());
    }

    private sealed record MemberValue(string Variant, uint Member, bool Pre, double Value);

    private async Task<IReadOnlyList<MemberValue>> MemberValuesAsync(string experiment, string metric)
    {
        var parameters = new QueryParameters().Add("name", experiment);
        if (metric == "LOW_RECOVERY_RATE")
        {
            return await api.ClickHouse.QueryListAsync(RawLowRecoverySql, row => new MemberValue(
                row.GetString(0), row.Get<uint>(1), row.GetBoolean(2), row.GetDouble(3) / row.Get<ulong>(4)), parameters);
        }

        var (sum, count) = metric switch
        {
            "RECOVERY_SCORE" => ("recovery_sum", "recovery_n"),
            "SLEEP_HOURS" => ("sleep_sum", "sleep_n"),
            "STRAIN" => ("strain_sum", "strain_n"),
            "ENGAGEMENT_SCORE" => ("points", "active_days"),
            _ => throw new ArgumentOutOfRangeException(nameof(metric)),
        };
        var rows = await api.ClickHouse.QueryListAsync(RawMeansSql, row => (
            Variant: row.GetString(0), Member: row.Get<uint>(1), Pre: row.GetBoolean(2), Sum: row.GetDouble(sum), Count: row.Get<ulong>(count)), parameters);
        return rows.Where(r => r.Count > 0).Select(r => new MemberValue(r.Variant, r.Member, r.Pre, r.Sum / r.Count)).ToList();
    }

    private static List<double> Post(IReadOnlyList<MemberValue> values, string variant) =>
        values.Where(v => v.Variant == variant && !v.Pre).Select(v => v.Value).ToList();

    private static void Close(double expected, JsonNode? actual)
    {
        Assert.NotNull(actual);
        var value = actual.GetValue<double>();
        Assert.True(
            Math.Abs(expected - value) <= Tolerance * Math.Max(1, Math.Abs(expected)),
            $"expected {expected:R}, got {value:R} (difference {Math.Abs(expected - value):E3})");
    }
}
