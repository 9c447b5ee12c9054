using System.Text;

namespace MemberInsights.ClickHouse.Formats;

/// <summary>Builds <c>INSERT INTO table (columns)</c> from a table name and the batch's columns, quoting every identifier.</summary>
internal static class InsertStatement
{
    public static string For(string table, IReadOnlyList<ColumnDefinition> columns)
    {
        var builder = new StringBuilder("INSERT INTO ").Append(QuoteTable(table)).Append(" (");
        builder.AppendJoin(", ", columns.Select(c => Quote(c.Name))).Append(')');
        return builder.ToString();
    }

    /// <summary><c>table</c> or <c>database.table</c>, each part quoted.</summary>
    public static string QuoteTable(string table)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        var parts = table.Split('.');
        if (parts.Length > 2 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"'{table}' is not a table name (expected table or database.table).", nameof(table));
        }

        return string.Join('.', parts.Select(Quote));
    }

    /// <summary>One identifier, quoted with backticks.</summary>
    public static string Quote(string identifier) => Embedded.EmbeddedTransport.QuoteIdentifier(identifier.Trim('`'));
}
