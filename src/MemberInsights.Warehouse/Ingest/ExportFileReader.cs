using System.Text;

namespace MemberInsights.Warehouse.Ingest;

/// <summary>
/// Reads an export file line by line with bounded memory. A line that is not valid UTF-8 is returned with
/// an error (and its text with replacement characters) rather than failing the file. Blank lines are skipped.
/// </summary>
public static class ExportFileReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's format from its extension: .csv is CSV; .ndjson, .jsonl and .json are NDJSON.</summary>
    /// <exception cref="NotSupportedException">Another extension.</exception>
    public static IExportLineParser ParserFor(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => new CsvLineParser(),
        ".ndjson" or ".jsonl" or ".json" => new NdjsonLineParser(),
        var other => throw new NotSupportedException($"'{other}' files are not supported: use .ndjson/.jsonl (one JSON object per line) or .csv with a header."),
    };

    /// <summary>Every non-blank line, parsed.</summary>
    public static IEnumerable<ExportLine> Read(string path, IExportLineParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var line = new MemoryStream();
        long number = 0;
        int b;
        while (true)
        {
            b = stream.ReadByte();
            if (b is '\n' or -1)
            {
                number++;
                if (ToLine(number, line.GetBuffer().AsSpan(0, (int)line.Length), parser) is { } parsed)
                {
                    yield return parsed;
                }

                line.SetLength(0);
                if (b == -1)
                {
                    yield break;
                }
            }
            else
            {
                line.WriteByte((byte)b);
            }
        }
    }

    private static ExportLine? ToLine(long number, ReadOnlySpan<byte> bytes, IExportLineParser parser)
    {
        if (number == 1 && bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.EndsWith("\r"u8))
        {
            bytes = bytes[..^1];
        }

        if (bytes.Trim((byte)' ').IsEmpty)
        {
            return null;
        }

        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new ExportLine(number, Encoding.UTF8.GetString(bytes), null, "the line is not valid UTF-8");
        }

        return parser.Parse(number, text);
    }
}
