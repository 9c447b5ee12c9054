namespace MemberInsights.GraphQL.AspNetCore;

/// <summary>How the GraphQL HTTP endpoint accepts requests (bindable from configuration).</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>The largest POST body accepted, in bytes; larger requests get 413. Default 1 MiB.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>
    /// The longest <c>query</c> accepted in a GET URL, in characters; longer ones get 414 with a
    /// hint to use POST or a persisted operation. Default 8 KiB.
    /// </summary>
    public int MaxGetQueryLength { get; set; } = 8 * 1024;

    /// <summary>
    /// The directory of persisted operations (<c>&lt;sha256&gt;.graphql</c> files and
    /// <c>manifest.json</c>); null disables execution by id.
    /// </summary>
    public string? PersistedOperationsDirectory { get; set; }

    /// <summary>
    /// Reject documents that are neither persisted operations nor already-registered automatic
    /// persisted queries (error code <c>PERSISTED_OPERATION_ONLY</c>); for production BI clients.
    /// </summary>
    public bool PersistedOperationsOnly { get; set; }

    /// <summary>How many automatic persisted queries are kept in memory; 0 disables the extension.</summary>
    public int AutomaticPersistedQueryCapacity { get; set; } = 1000;

    /// <summary>The Banana Cake Pop explorer served to browsers at the endpoint.</summary>
    public ExplorerOptions Explorer { get; set; } = new();

    /// <summary>What a caller needs for ad-hoc documents, introspection and the SDL, and the explorer.</summary>
    public GraphQLAccessOptions Access { get; set; } = new();

    /// <summary>
    /// Whether the endpoint logs one line per GraphQL request itself. Turn it off when the host writes a request line
    /// of its own (for example Serilog's request logging, enriched through <see cref="Http.IGraphQLRequestObserver"/>).
    /// </summary>
    public bool LogOperations { get; set; } = true;
}

/// <summary>The Banana Cake Pop explorer served at the GraphQL endpoint to browsers.</summary>
public sealed class ExplorerOptions
{
    /// <summary>Whether <c>GET</c> with <c>Accept: text/html</c> serves the explorer. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The title the explorer shows.</summary>
    public string Title { get; set; } = "GraphQL";

    /// <summary>
    /// The directory holding the explorer's files; default <c>graphql-ide</c> beside the
    /// application, where the build copies them.
    /// </summary>
    public string AssetsDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "graphql-ide");
}
