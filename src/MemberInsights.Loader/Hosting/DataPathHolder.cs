using System.Globalization;
using System.Net;

namespace MemberInsights.Loader.Hosting;

/// <summary>
/// The process that holds an embedded data directory's lock, found through Linux's /proc: the process with an
/// open descriptor on <c>&lt;path&gt;/status</c> among the holders of flocks, and the TCP ports it listens on (so the
/// locked message can name the API's real address). Null parts mean the system would not tell.
/// </summary>
/// <param name="ProcessId">The holder's process id.</param>
/// <param name="Command">Its command line, shortened.</param>
/// <param name="Listening">Addresses it listens on (TCP), in the order /proc lists them.</param>
internal sealed record DataPathHolder(int ProcessId, string Command, IReadOnlyList<IPEndPoint> Listening)
{
    private const int MaxCommandLength = 120;

    /// <summary>The holder of <paramref name="dataPath"/>'s lock, or null when it cannot be found.</summary>
    public static DataPathHolder? Find(string dataPath)
    {
        var status = Path.Combine(dataPath, "status");
        try
        {
            foreach (var pid in FlockHolders())
            {
                var sockets = new HashSet<string>(StringComparer.Ordinal);
                var holds = false;
                foreach (var fd in Directory.EnumerateFiles($"/proc/{pid}/fd"))
                {
                    var target = new FileInfo(fd).LinkTarget;
                    holds |= target == status;
                    if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
                    {
                        sockets.Add(target["socket:[".Length..^1]);
                    }
                }

                if (holds)
                {
                    return new DataPathHolder(pid, CommandOf(pid), ListeningSockets(sockets));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another user's process, or no /proc: say nothing rather than something wrong.
        }

        return null;
    }

    /// <summary>A URL the API can be reached at on this machine, or null when it listens on nothing known.</summary>
    public string? LocalUrl => Listening.Count == 0 ? null : Listening[0] switch
    {
        var any when any.Address.Equals(IPAddress.Any) || any.Address.Equals(IPAddress.IPv6Any) => $"http://127.0.0.1:{any.Port}",
        var v6 when v6.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 => $"http://[{v6.Address}]:{v6.Port}",
        var v4 => $"http://{v4.Address}:{v4.Port}",
    };

    // /proc/locks: "1: FLOCK  ADVISORY  WRITE 4242 08:01:1234 0 EOF".
    private static IEnumerable<int> FlockHolders() =>
        File.ReadLines("/proc/locks")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 4 && f[1] == "FLOCK" && f[3] == "WRITE")
            .Select(f => int.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && pid != Environment.ProcessId)
            .Distinct()
            .ToList();

    private static string CommandOf(int pid)
    {
        var command = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        return command.Length <= MaxCommandLength ? command : command[..MaxCommandLength] + "…";
    }

    // /proc/net/tcp{,6}: "sl local_address rem_address st ... inode"; st 0A is LISTEN, addresses are hex in host byte order per 32-bit word.
    private static List<IPEndPoint> ListeningSockets(HashSet<string> inodes)
    {
        var endpoints = new List<IPEndPoint>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (inodes.Count == 0 || !File.Exists(table))
            {
                continue;
            }

            foreach (var fields in File.ReadLines(table).Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                if (fields.Length > 9 && fields[3] == "0A" && inodes.Contains(fields[9]) && Parse(fields[1]) is { } endpoint)
                {
                    endpoints.Add(endpoint);
                }
            }
        }

        return endpoints;
    }

    private static IPEndPoint? Parse(string hex)
    {
        var colon = hex.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !int.TryParse(hex.AsSpan(colon + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var port))
        {
            return null;
        }

        var words = hex[..colon];
        var bytes = new byte[words.Length / 2];
        for (var w = 0; w < words.Length / 8; w++)
        {
            var word = uint.Parse(words.AsSpan(w * 8, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            BitConverter.TryWriteBytes(bytes.AsSpan(w * 4, 4), word);
        }

        return new IPEndPoint(new IPAddress(bytes), port);
    }
}
