using System.Globalization;

namespace MemberInsights.Loader.Display;

/// <summary>The process's peak resident set size (VmHWM in /proc/self/status).</summary>
internal static class PeakResidentMemory
{
    public static double ReadMebibytes()
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status))
        {
            return double.NaN;
        }

        foreach (var line in File.ReadLines(Status))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kib = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return double.Parse(kib, CultureInfo.InvariantCulture) / 1024;
            }
        }

        return double.NaN;
    }
}
