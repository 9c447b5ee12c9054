namespace MemberInsights.Api.Catalog;

/// <summary>The dictionary stores surfaces in snake case (<c>platform_health</c>); one mapping both ways.</summary>
public static class SurfaceNames
{
    /// <summary><see cref="Surface.PlatformHealth"/> → <c>platform_health</c>.</summary>
    public static string ToWarehouse(Surface surface) => surface switch
    {
        Surface.Growth => "growth",
        Surface.Performance => "performance",
        Surface.Experiments => "experiments",
        Surface.PlatformHealth => "platform_health",
        Surface.Assistant => "assistant",
        _ => throw new ArgumentOutOfRangeException(nameof(surface), surface, null),
    };

    /// <summary><c>platform_health</c> → <see cref="Surface.PlatformHealth"/>; null for a value the schema does not know.</summary>
    public static Surface? FromWarehouse(string value) => value switch
    {
        "growth" => Surface.Growth,
        "performance" => Surface.Performance,
        "experiments" => Surface.Experiments,
        "platform_health" => Surface.PlatformHealth,
        "assistant" => Surface.Assistant,
        _ => null,
    };
}
