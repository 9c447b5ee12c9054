using System.Globalization;

namespace MemberInsights.Api.Contracts;

/// <summary>
/// The rows a caller may see, from its API key or token: members with one of the listed plan types, goals, acquisition
/// channels and cohort months (GraphQL enum names and first days of months; a null list leaves the attribute open), and
/// studio locations. Every surface intersects its own segment with the scope of the current caller through the segment
/// filter, so a scoped caller sees its rows only, in every total and count. A new attribute is a new property here and
/// its condition in that filter.
/// </summary>
public sealed record AccessScope
{
    private static readonly AsyncLocal<AccessScope?> Ambient = new();

    /// <summary>No restriction: every row.</summary>
    public static AccessScope Unrestricted { get; } = new();

    /// <summary>
    /// The scope of the caller this code runs for: entered by the API for each request after authentication; work outside
    /// a request (start-up, pipeline jobs) runs unrestricted.
    /// </summary>
    public static AccessScope Current => Ambient.Value ?? Unrestricted;

    /// <summary>Plan types allowed (GraphQL names such as <c>ANNUAL</c>), or null for every plan type.</summary>
    public IReadOnlyList<string>? PlanTypes { get; init; }

    /// <summary>Goals allowed (e.g. <c>SLEEP</c>), or null for every goal.</summary>
    public IReadOnlyList<string>? Goals { get; init; }

    /// <summary>Acquisition channels allowed (e.g. <c>PAID_SOCIAL</c>), or null for every channel.</summary>
    public IReadOnlyList<string>? AcquisitionChannels { get; init; }

    /// <summary>Cohorts allowed, by the first day of their month, or null for every cohort.</summary>
    public IReadOnlyList<DateOnly>? CohortMonths { get; init; }

    /// <summary>
    /// Studio locations allowed (ids), or null for every location. For the studio surface; the member surfaces have no
    /// location to intersect with, so a caller restricted to locations sees no member rows there.
    /// </summary>
    public IReadOnlyList<int>? Locations { get; init; }

    /// <summary>True when nothing is restricted.</summary>
    public bool IsUnrestricted => PlanTypes is null && Goals is null && AcquisitionChannels is null && CohortMonths is null && Locations is null;

    /// <summary>A canonical text of the scope (empty when unrestricted): the same scope always gives the same key, for caches and logs.</summary>
    public string Key => IsUnrestricted ? "" : string.Join(';', new[]
        {
            Part("planTypes", PlanTypes),
            Part("goals", Goals),
            Part("acquisitionChannels", AcquisitionChannels),
            Part("cohortMonths", CohortMonths?.Select(m => m.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList()),
            Part("locations", Locations?.Select(l => l.ToString(CultureInfo.InvariantCulture)).ToList()),
        }.Where(p => p.Length > 0));

    /// <summary>Runs the code of the current flow (a request) under <paramref name="scope"/> until the result is disposed.</summary>
    public static IDisposable Enter(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var previous = Ambient.Value;
        Ambient.Value = scope;
        return new Exit(previous);
    }

    private static string Part(string name, IReadOnlyList<string>? values) =>
        values is null ? "" : name + "=" + string.Join(',', values.Distinct().Order(StringComparer.Ordinal));

    private sealed class Exit(AccessScope? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
