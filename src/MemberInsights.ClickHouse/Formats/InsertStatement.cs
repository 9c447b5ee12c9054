using System.Text;

namespace MemberInsights.ClickHouse.Formats;

/// <summary>Builds <c>INSERT INTO table (columns)</c> from a table name and the batch's columns, quoting every identifier.</summary>
internal static class InsertStatement
{
    public static string For(string table, IReadOnlyList<ColumnDefinition> columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        var builder = new StringBuilder("INSERT INTO ");
        var parts = table.Split('.');
        if (parts.Length > 2 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"'{table}' is not a table name (expected table or database.table).", nameof(table));
        }

        builder.AppendJoin('.', parts.Select(Quote)).Append(" (");
        builder.AppendJoin(", ", columns.Select(c => Quote(c.Name))).Append(')');
        return builder.ToString();
    }

    private static string Quote(string identifier) => Embedded.EmbeddedTransport.QuoteIdentifier(identifier.Trim('`'));
}
