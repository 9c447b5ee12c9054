using MemberInsights.Warehouse.Generation;

namespace MemberInsights.Warehouse.Loading;

/// <summary>The profiles and experiment assignments of members 1..N, created once per load.</summary>
public sealed class MemberCatalog
{
    private readonly MemberProfile[] _profiles;
    private readonly IReadOnlyList<ExperimentAssignment>[] _assignments;

    /// <summary>Creates every member of the options.</summary>
    public MemberCatalog(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var roster = new MemberRoster(options);
        Experiments = new ExperimentPlan(options);
        _profiles = new MemberProfile[options.Members];
        _assignments = new IReadOnlyList<ExperimentAssignment>[options.Members];
        for (var i = 0; i < options.Members; i++)
        {
            _profiles[i] = roster.Create((uint)(i + 1));
            _assignments[i] = Experiments.AssignmentsOf(_profiles[i]);
        }
    }

    /// <summary>The experiment plan.</summary>
    public ExperimentPlan Experiments { get; }

    /// <summary>Number of members.</summary>
    public int Count => _profiles.Length;

    /// <summary>Every profile, by member id.</summary>
    public IReadOnlyList<MemberProfile> Profiles => _profiles;

    /// <summary>The profile of a member id (1-based).</summary>
    public MemberProfile Profile(uint memberId) => _profiles[memberId - 1];

    /// <summary>The experiment assignments of a member id.</summary>
    public IReadOnlyList<ExperimentAssignment> Assignments(uint memberId) => _assignments[memberId - 1];
}
