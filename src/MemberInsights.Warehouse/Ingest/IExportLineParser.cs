namespace MemberInsights.Warehouse.Ingest;

/// <summary>Parses one text line of an export; a header line returns null.</summary>
public interface IExportLineParser
{
    /// <summary>The parsed line, or null when the line was a header.</summary>
    ExportLine? Parse(long number, string text);
}
