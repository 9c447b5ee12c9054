namespace MemberInsights.Api.Contracts;

/// <summary>The API's own settings (configuration section <c>Insights</c>, e.g. <c>Insights__Preset=tiny</c>).</summary>
public sealed class InsightsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Insights";

    /// <summary>Whether start-up loads generated data when the warehouse holds no events. Default true.</summary>
    public bool LoadIfEmpty { get; set; } = true;

    /// <summary>The generated data set loaded into an empty warehouse: tiny, demo or large. Default demo.</summary>
    public string Preset { get; set; } = "demo";

    /// <summary>The generator seed of that load.</summary>
    public ulong Seed { get; set; } = 42;

    /// <summary>Replaced by API keys with the <c>admin</c> role: set, start-up fails with what to do instead.</summary>
    public string? AdminKey { get; set; }

    /// <summary>The longest date range a query may span, in days. Default 3 years.</summary>
    public int MaxRangeDays { get; set; } = 3 * 366;
}
