namespace MemberInsights.Warehouse.Generation;

/// <summary>
/// What to generate. Member attributes depend only on (seed, member id) and telemetry only on
/// (seed, member id, date), so a larger or overlapping load regenerates identical rows for what overlaps.
/// </summary>
public sealed record GeneratorOptions
{
    /// <summary>The default last day of telemetry. Fixed, so that a seed means the same data on any day it is run.</summary>
    public static readonly DateOnly DefaultEndDate = new(2026, 10, 31);

    /// <summary>Days of company history before <see cref="EndDate"/> over which members join.</summary>
    public const int HistoryDays = 730;

    /// <summary>The seed of every random stream.</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>Members, ids 1..Members.</summary>
    public int Members { get; init; } = LoadPreset.Demo.Members;

    /// <summary>Days of telemetry ending on <see cref="EndDate"/>.</summary>
    public int Days { get; init; } = LoadPreset.Demo.Days;

    /// <summary>The last day of telemetry (inclusive).</summary>
    public DateOnly EndDate { get; init; } = DefaultEndDate;

    /// <summary>The first day of telemetry.</summary>
    public DateOnly StartDate => EndDate.AddDays(1 - Days);

    /// <summary>The day the company opened: the earliest possible join date.</summary>
    public DateOnly LaunchDate => EndDate.AddDays(1 - HistoryDays);

    /// <summary>Options for a preset, with optional overrides.</summary>
    public static GeneratorOptions FromPreset(LoadPreset preset, int? members = null, int? days = null, ulong? seed = null)
    {
        ArgumentNullException.ThrowIfNull(preset);
        var options = new GeneratorOptions
        {
            Members = members ?? preset.Members,
            Days = days ?? preset.Days,
            Seed = seed ?? 42,
        };
        options.Validate();
        return options;
    }

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (Members is < 1 or > 5_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(Members), Members, "Members must be between 1 and 5,000,000.");
        }

        if (Days is < 1 or > 3650)
        {
            throw new ArgumentOutOfRangeException(nameof(Days), Days, "Days must be between 1 and 3,650.");
        }
    }
}
