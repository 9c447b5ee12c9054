namespace MemberInsights.Warehouse.Generation;

/// <summary>
/// An algorithm release tested against the baseline, with the true effect the generator builds into
/// release-candidate members from the assignment date on (so readouts have something real to find).
/// </summary>
/// <param name="Name">Experiment name.</param>
/// <param name="AssignedDate">The day members were assigned.</param>
/// <param name="Participation">Share of eligible members enrolled.</param>
/// <param name="RecoveryEffect">Recovery points added for release candidates.</param>
/// <param name="SleepEffectHours">Sleep hours added for release candidates.</param>
/// <param name="SessionRateFactor">Multiplier on app sessions for release candidates.</param>
public sealed record ExperimentDesign(
    string Name, DateOnly AssignedDate, double Participation, double RecoveryEffect, double SleepEffectHours, double SessionRateFactor)
{
    /// <summary>Days before assignment a member must have been a member (the CUPED pre-period).</summary>
    public const int PrePeriodDays = 28;

    /// <summary>The experiments of a calendar ending on <paramref name="endDate"/>.</summary>
    public static IReadOnlyList<ExperimentDesign> For(DateOnly endDate) =>
    [
        new("recovery_model_v5", endDate.AddDays(-41), 0.5, RecoveryEffect: 2.0, SleepEffectHours: 0, SessionRateFactor: 1.06),
        new("sleep_coach_v2", endDate.AddDays(-119), 0.3, RecoveryEffect: 0.5, SleepEffectHours: 0.2, SessionRateFactor: 1.0),
    ];
}

/// <summary>One member's variant in one experiment.</summary>
/// <param name="Experiment">The experiment.</param>
/// <param name="IsReleaseCandidate">True for release_candidate, false for baseline.</param>
public readonly record struct ExperimentAssignment(ExperimentDesign Experiment, bool IsReleaseCandidate)
{
    /// <summary>baseline or release_candidate.</summary>
    public string Variant => IsReleaseCandidate ? "release_candidate" : "baseline";
}

/// <summary>Assigns members to experiments: eligible members (a member through the pre-period and on the day) are enrolled at random.</summary>
public sealed class ExperimentPlan
{
    private readonly ulong _seed;

    /// <summary>Creates the plan for a generator's calendar and seed.</summary>
    public ExperimentPlan(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _seed = options.Seed;
        Experiments = ExperimentDesign.For(options.EndDate);
    }

    /// <summary>The experiments.</summary>
    public IReadOnlyList<ExperimentDesign> Experiments { get; }

    /// <summary>The member's assignments (usually none or one).</summary>
    public IReadOnlyList<ExperimentAssignment> AssignmentsOf(MemberProfile member)
    {
        ArgumentNullException.ThrowIfNull(member);
        List<ExperimentAssignment>? result = null;
        for (var i = 0; i < Experiments.Count; i++)
        {
            var experiment = Experiments[i];
            var eligible = member.JoinedDate <= experiment.AssignedDate.AddDays(-ExperimentDesign.PrePeriodDays)
                && member.IsMemberOn(experiment.AssignedDate);
            var random = SplitMixRandom.For(_seed, member.MemberId, 0xE0 + (ulong)i);
            if (eligible && random.Chance(experiment.Participation))
            {
                (result ??= []).Add(new ExperimentAssignment(experiment, random.Chance(0.5)));
            }
        }

        return result ?? (IReadOnlyList<ExperimentAssignment>)[];
    }
}
