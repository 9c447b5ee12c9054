using MemberInsights.Api.Catalog;
using MemberInsights.Api.Experiments;

namespace MemberInsights.Api.Tests.Experiments;

/// <summary>The decision on synthetic member outcomes built to land on each recommendation.</summary>
public sealed class DecisionRulesTests
{
    private static readonly MetricDefinition Recovery = new(
        "recovery_score", "Recovery", "", "", "member x day", "score 0-100", "data-science", "fct_member_day", "", [], [Surface.Experiments]);

    [Fact]
    public void A_significant_improvement_with_a_holding_guardrail_ships()
    {
        var readout = Compute(Outcomes(60, 65), Outcomes(0.2, 0.2));

        Assert.Equal(Recommendation.Ship, readout.Decision.Recommendation);
        Assert.Contains(readout.Decision.Reasons, r => r.Contains("significantly improves", StringComparison.Ordinal));
    }

    [Fact]
    public void A_significant_decline_rolls_back()
    {
        Assert.Equal(Recommendation.RollBack, Compute(Outcomes(60, 55), Outcomes(0.2, 0.2)).Decision.Recommendation);
    }

    [Fact]
    public void No_significant_difference_keeps_running()
    {
        Assert.Equal(Recommendation.KeepRunning, Compute(Outcomes(60, 60), Outcomes(0.2, 0.2)).Decision.Recommendation);
    }

    [Fact]
    public void A_breached_guardrail_rolls_back_even_a_winning_release()
    {
        var readout = Compute(Outcomes(60, 65), Outcomes(0.1, 0.3));

        Assert.True(readout.Guardrail.Breached);
        Assert.Equal(Recommendation.RollBack, readout.Decision.Recommendation);
    }

    [Fact]
    public void A_sample_ratio_mismatch_is_investigated_before_anything_else()
    {
        var readout = Compute(Outcomes(60, 65), Outcomes(0.1, 0.3), baselineAssigned: 1000, candidateAssigned: 1300);

        Assert.True(readout.SampleRatio.Mismatch);
        Assert.Equal(Recommendation.Investigate, readout.Decision.Recommendation);
    }

    [Fact]
    public void For_the_low_recovery_rate_lower_is_better()
    {
        var lower = Outcomes(0.3, 0.1);
        var readout = ReadoutCalculator.Compute(Experiment(100, 100), MetricCatalog.LowRecoveryRate, Recovery, lower, lower);

        Assert.Equal(Recommendation.Ship, readout.Decision.Recommendation);
    }

    [Fact]
    public void Members_without_a_pre_period_are_left_out_of_cuped_only()
    {
        var outcomes = Outcomes(60, 65).Select((o, i) => i % 4 == 0 ? o with { Pre = null } : o).ToList();

        var readout = Compute(outcomes, Outcomes(0.2, 0.2));

        Assert.Equal(outcomes.Count, readout.Baseline.Members + readout.ReleaseCandidate.Members);
        Assert.Equal(outcomes.Count(o => o.Pre is not null), readout.Cuped!.Members);
    }

    [Fact]
    public void A_group_with_fewer_than_two_members_has_no_readout()
    {
        var outcomes = Outcomes(60, 65).Where(o => o.Variant == Variant.ReleaseCandidate || o.MemberId == 0).ToList();

        Assert.Throws<InsufficientExperimentDataException>(() => Compute(outcomes, Outcomes(0.2, 0.2)));
    }

    private static ExperimentReadout Compute(IReadOnlyList<MemberOutcome> outcomes, IReadOnlyList<MemberOutcome> lowRecovery, long baselineAssigned = 100, long candidateAssigned = 100) =>
        ReadoutCalculator.Compute(Experiment(baselineAssigned, candidateAssigned), MetricCatalog.RecoveryScore, Recovery, outcomes, lowRecovery);

    private static ExperimentSummary Experiment(long baseline, long candidate) => new(
        "test_release", new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 1),
        [new ReleaseGroup(Variant.Baseline, baseline, 0.5), new ReleaseGroup(Variant.ReleaseCandidate, candidate, 0.5)]);

    /// <summary>
    /// 100 members per group with post values around the given means; every member's pre-period value comes from
    /// the same distribution in both groups (randomized assignment) and predicts the post value. Seeded, so fixed.
    /// </summary>
    private static List<MemberOutcome> Outcomes(double baselineMean, double candidateMean)
    {
        var random = new Random(7);
        var scale = Math.Max(baselineMean, candidateMean) * 0.05;
        var outcomes = new List<MemberOutcome>();
        for (uint i = 0; i < 200; i++)
        {
            var variant = i % 2 == 0 ? Variant.Baseline : Variant.ReleaseCandidate;
            var mean = variant == Variant.Baseline ? baselineMean : candidateMean;
            var member = scale * (random.NextDouble() - 0.5) * 2;
            var pre = baselineMean + member;
            var post = mean + 0.8 * member + scale * (random.NextDouble() - 0.5);
            outcomes.Add(new MemberOutcome(variant, i, pre, post));
        }

        return outcomes;
    }
}
