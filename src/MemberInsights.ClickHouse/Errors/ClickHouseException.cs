using System.Globalization;
using System.Text.RegularExpressions;

namespace MemberInsights.ClickHouse;

/// <summary>
/// An error reported by ClickHouse (embedded or server), with the numeric code and the error name
/// parsed from <c>Code: NN. DB::Exception: ... (NAME)</c> or the <c>X-ClickHouse-Exception-Code</c> header.
/// </summary>
public partial class ClickHouseException : Exception
{
    /// <summary>Creates an exception with a known code and name.</summary>
    public ClickHouseException(int errorCode, string errorName, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        ErrorName = errorName;
    }

    /// <summary>The ClickHouse error code, e.g. 62 for SYNTAX_ERROR; 0 when the engine gave none.</summary>
    public int ErrorCode { get; }

    /// <summary>The ClickHouse error name, e.g. <c>UNKNOWN_TABLE</c>; empty when the engine gave none.</summary>
    public string ErrorName { get; }

    /// <summary>The HTTP status of the server's error response (server transport only).</summary>
    public int? HttpStatusCode { get; init; }

    /// <summary>
    /// Parses ClickHouse's error text. <paramref name="headerCode"/> (from <c>X-ClickHouse-Exception-Code</c>)
    /// wins over the code in the text when both are present.
    /// </summary>
    public static ClickHouseException FromErrorText(string text, int? headerCode = null, int? httpStatusCode = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var message = text.Trim();
        var code = headerCode ?? 0;
        var match = CodePattern().Match(message);
        if (match.Success && headerCode is null)
        {
            code = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        }

        var names = NamePattern().Matches(message);
        var name = names.Count > 0 ? names[^1].Groups[1].Value : "";
        return new ClickHouseException(code, name, message.Length > 0 ? message : $"ClickHouse error {code} (HTTP {httpStatusCode})")
        {
            HttpStatusCode = httpStatusCode,
        };
    }

    [GeneratedRegex(@"Code:\s*(\d+)")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\(([A-Z][A-Z0-9_]+)\)")]
    private static partial Regex NamePattern();
}
