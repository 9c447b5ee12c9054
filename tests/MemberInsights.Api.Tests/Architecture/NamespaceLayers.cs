namespace MemberInsights.Api.Tests.Architecture;

/// <summary>
/// The declared one-way order of the Api's namespaces. A folder (the first name after <c>MemberInsights.Api</c>)
/// may use only folders on a lower level; folders on one level are peers and may not use each other. Inside a
/// folder with sub-namespaces, each may use only those declared before it. The root namespace (the host's
/// <c>Program</c>) is above everything.
/// </summary>
public static class NamespaceLayers
{
    /// <summary>The product's namespace.</summary>
    public const string Root = "MemberInsights.Api";

    /// <summary>The folders, lowest level first.</summary>
    public static readonly IReadOnlyList<string[]> Levels =
    [
        // Shared contracts (ISchemaSurface, the options surfaces read) and the data-version cache.
        ["Contracts", "Caching"],

        // Inputs, paging and points every surface shares (the segment filter applies the caller's scope); access
        // control (schemes, role policies, capabilities, CORS, rate limits, the audit).
        ["Common", "Access"],

        // The metric catalog and its governed definitions; the cost of each warehouse field (it reads Common's inputs).
        ["Catalog", "Limits"],

        // The surfaces: GraphQL ones and the admin endpoints. None sees another.
        ["Growth", "Performance", "Experiments", "Health", "Dictionary", "Admin"],

        // The assistant calls the surfaces' queries.
        ["Assistant"],

        // Only the host sees every surface.
        ["Hosting"],
    ];

    /// <summary>Sub-namespaces of a folder in their order, lowest first; "" is the folder's own namespace.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Inside = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Assistant"] = ["Routing", "Answering", "Tools", ""],
        ["Experiments"] = ["Statistics", ""],
    };

    /// <summary>A namespace's place: its folder's level and its position inside the folder.</summary>
    public sealed record Place(string Unit, string Folder, int Level, int Inner);

    /// <summary>
    /// The place of <paramref name="ns"/> (null or outside <see cref="Root"/>: not checked, returns null);
    /// throws for a namespace of the Api that is not declared, so that a new folder must be placed.
    /// </summary>
    public static Place? Of(string? ns)
    {
        if (ns is null || ns == Root)
        {
            return new Place("(host)", "(host)", Levels.Count, 0);
        }

        if (!ns.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var names = ns[(Root.Length + 1)..].Split('.');
        var folder = names[0];
        var level = Levels.Select((peers, i) => (peers, i)).FirstOrDefault(l => l.peers.Contains(folder, StringComparer.Ordinal)).i;
        if (!Levels[level].Contains(folder, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"The namespace {ns} is in the folder {folder}, which has no place in {nameof(NamespaceLayers)}.{nameof(Levels)}: declare it.");
        }

        if (!Inside.TryGetValue(folder, out var order))
        {
            return new Place(folder, folder, level, 0);
        }

        var sub = names.Length > 1 ? names[1] : "";
        var inner = Array.IndexOf(order, sub);
        if (inner < 0)
        {
            throw new InvalidOperationException($"The namespace {ns} has no place in {nameof(NamespaceLayers)}.{nameof(Inside)}[\"{folder}\"]: declare it.");
        }

        return new Place(sub.Length == 0 ? folder : folder + "." + sub, folder, level, inner);
    }

    /// <summary>Why code in <paramref name="from"/> may not use <paramref name="to"/>; null when it may.</summary>
    public static string? Forbidden(string? from, string? to)
    {
        var source = Of(from);
        var target = Of(to);
        if (source is null || target is null || source.Unit == target.Unit)
        {
            return null;
        }

        if (source.Folder == target.Folder)
        {
            return target.Inner < source.Inner ? null : $"{target.Unit} is not declared below {source.Unit} inside {source.Folder}";
        }

        return target.Level < source.Level
            ? null
            : target.Level == source.Level
                ? $"{source.Folder} and {target.Folder} are peers"
                : $"{target.Folder} is above {source.Folder}";
    }
}
