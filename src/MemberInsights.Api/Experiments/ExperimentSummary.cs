namespace MemberInsights.Api.Experiments;

/// <summary>Which release a member was assigned (the GraphQL <c>Variant</c>; stored as <c>baseline</c> / <c>release_candidate</c>).</summary>
public enum Variant
{
    /// <summary>The algorithm currently in production.</summary>
    Baseline,

    /// <summary>The release under test.</summary>
    ReleaseCandidate,
}

/// <summary>An algorithm release tested against the baseline, with its release groups.</summary>
/// <param name="Name">The experiment's unique name, e.g. <c>recovery_model_v5</c>.</param>
/// <param name="StartDate">The first assignment day.</param>
/// <param name="LastAssignmentDate">The last assignment day so far.</param>
/// <param name="Groups">The release groups, baseline first.</param>
public sealed record ExperimentSummary(string Name, DateOnly StartDate, DateOnly LastAssignmentDate, IReadOnlyList<ReleaseGroup> Groups)
{
    /// <summary>Members assigned to <paramref name="variant"/> (0 when the group is empty).</summary>
    public long MembersOf(Variant variant) => Groups.FirstOrDefault(g => g.Variant == variant)?.Members ?? 0;
}

/// <summary>One release group of an experiment.</summary>
/// <param name="Variant">The group's variant.</param>
/// <param name="Members">Members assigned.</param>
/// <param name="Share">The group's share of assigned members (fraction 0-1).</param>
public sealed record ReleaseGroup(Variant Variant, long Members, double Share);
