namespace MemberInsights.Warehouse.Generation;

/// <summary>A named data-set size: how many members over how many days.</summary>
/// <param name="Name">tiny, demo or large.</param>
/// <param name="Members">Members generated (ids 1..Members).</param>
/// <param name="Days">Days of telemetry, ending on the generator's end date.</param>
public sealed record LoadPreset(string Name, int Members, int Days)
{
    /// <summary>For tests: a few seconds.</summary>
    public static readonly LoadPreset Tiny = new("tiny", 300, 45);

    /// <summary>The default: about 10,000 members over two years.</summary>
    public static readonly LoadPreset Demo = new("demo", 10_000, 730);

    /// <summary>For benchmarks: 200,000 members over 90 days.</summary>
    public static readonly LoadPreset Large = new("large", 200_000, 90);

    /// <summary>Every preset, by name.</summary>
    public static IReadOnlyList<LoadPreset> All { get; } = [Tiny, Demo, Large];

    /// <summary>The presets' names for messages: "tiny, demo, large".</summary>
    public static string Names => string.Join(", ", All.Select(p => p.Name));

    /// <summary>The preset with this name (case-insensitive), or null.</summary>
    public static LoadPreset? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
