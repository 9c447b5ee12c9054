namespace MemberInsights.ClickHouse.Transport;

/// <summary>Classifies a statement by its first keyword, skipping comments and parentheses.</summary>
internal static class StatementKind
{
    private static readonly string[] ReadKeywords = ["SELECT", "WITH", "SHOW", "DESCRIBE", "DESC", "EXISTS", "EXPLAIN"];

    /// <summary>True for statements that only read (safe to retry).</summary>
    public static bool IsReadOnly(string sql)
    {
        var keyword = Keyword(sql);
        foreach (var read in ReadKeywords)
        {
            if (keyword.Equals(read, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The statement's first keyword in upper case (SELECT, INSERT, CREATE, ...), or UNKNOWN.</summary>
    public static string Of(string sql)
    {
        var keyword = Keyword(sql);
        return keyword.IsEmpty ? "UNKNOWN" : keyword.ToString().ToUpperInvariant();
    }

    private static ReadOnlySpan<char> Keyword(string sql)
    {
        var i = 0;
        while (i < sql.Length)
        {
            if (char.IsWhiteSpace(sql[i]) || sql[i] == '(')
            {
                i++;
            }
            else if (sql.AsSpan(i).StartsWith("--") || sql[i] == '#')
            {
                i = sql.IndexOf('\n', i) is var end and >= 0 ? end + 1 : sql.Length;
            }
            else if (sql.AsSpan(i).StartsWith("/*"))
            {
                i = sql.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : sql.Length;
            }
            else
            {
                break;
            }
        }

        var start = i;
        while (i < sql.Length && char.IsAsciiLetter(sql[i]))
        {
            i++;
        }

        return sql.AsSpan(start, i - start);
    }
}
