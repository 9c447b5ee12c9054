namespace MemberInsights.Api.Catalog;

/// <summary>An API surface that uses a metric (the GraphQL <c>Surface</c>; stored as snake case in the dictionary).</summary>
public enum Surface
{
    /// <summary>Growth and retention.</summary>
    Growth,

    /// <summary>Performance signals.</summary>
    Performance,

    /// <summary>Experimentation.</summary>
    Experiments,

    /// <summary>Platform health.</summary>
    PlatformHealth,

    /// <summary>The assistant.</summary>
    Assistant,
}
