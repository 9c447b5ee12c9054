using System.Globalization;
using System.Text;

namespace MemberInsights.Warehouse.Ingest;

/// <summary>
/// Keeps rejection reasons short whatever the input: a value quoted in a reason is cut and its control characters
/// escaped, and a whole reason is bounded. The original line is kept whole in quarantine.original_line; the reason
/// only has to say what is wrong (a 1 MiB value used to be copied into the reason and printed to the console).
/// </summary>
public static class RejectionText
{
    /// <summary>The most characters of an offending value a reason quotes.</summary>
    public const int MaxValueLength = 64;

    /// <summary>The most characters of a reason.</summary>
    public const int MaxReasonLength = 512;

    /// <summary>The most characters of a reason's summary key (per-reason counts in reports and on the console).</summary>
    public const int MaxKeyLength = 120;

    /// <summary>A value as a reason may quote it: at most <see cref="MaxValueLength"/> characters, control characters escaped.</summary>
    public static string Value(string? value) => Cut(value ?? "", MaxValueLength);

    /// <summary>A reason bounded to <see cref="MaxReasonLength"/> characters.</summary>
    public static string Reason(string reason) => Cut(reason, MaxReasonLength);

    /// <summary>A summary key bounded to <see cref="MaxKeyLength"/> characters.</summary>
    public static string Key(string key) => Cut(key, MaxKeyLength);

    private static string Cut(string text, int max)
    {
        var builder = new StringBuilder(Math.Min(text.Length, max) + 32);
        var i = 0;
        for (; i < text.Length && builder.Length < max; i++)
        {
            var c = text[i];
            if (char.IsControl(c))
            {
                builder.Append(c switch { '\t' => "\\t", '\r' => "\\r", '\n' => "\\n", _ => ((int)c).ToString("x4", CultureInfo.InvariantCulture).Insert(0, "\\u") });
            }
            else if (char.IsHighSurrogate(c) && builder.Length + 2 > max)
            {
                break;
            }
            else
            {
                builder.Append(c);
            }
        }

        return i < text.Length ? builder.Append(CultureInfo.InvariantCulture, $"… ({text.Length:N0} characters)").ToString() : builder.ToString();
    }
}
