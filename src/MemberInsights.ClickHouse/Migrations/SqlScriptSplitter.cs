using System.Text;

namespace MemberInsights.ClickHouse.Migrations;

/// <summary>
/// Splits a SQL script into statements at <c>;</c>, ignoring semicolons inside quoted strings
/// (<c>'...'</c> with backslash or doubled-quote escapes), quoted identifiers (<c>"..."</c>, <c>`...`</c>),
/// heredocs (<c>$tag$...$tag$</c>), line comments (<c>--</c>) and nested block comments. Statements
/// that hold only comments are dropped.
/// </summary>
public static class SqlScriptSplitter
{
    /// <summary>The statements of <paramref name="script"/>, trimmed, without the separating semicolons.</summary>
    public static IReadOnlyList<string> Split(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var statements = new List<string>();
        var current = new StringBuilder();
        var hasCode = false;
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            var next = i + 1 < script.Length ? script[i + 1] : '\0';
            int end;
            if (c == ';')
            {
                Flush();
                i++;
                continue;
            }

            if (c == '-' && next == '-')
            {
                end = script.IndexOf('\n', i) is var newline and >= 0 ? newline + 1 : script.Length;
            }
            else if (c == '/' && next == '*')
            {
                end = EndOfBlockComment(script, i);
            }
            else
            {
                end = c switch
                {
                    '\'' or '"' or '`' => EndOfQuoted(script, i, c),
                    '$' => EndOfHeredoc(script, i),
                    _ => i + 1,
                };
                hasCode |= !char.IsWhiteSpace(c);
            }

            current.Append(script, i, end - i);
            i = end;
        }

        Flush();
        return statements;

        void Flush()
        {
            var text = current.ToString().Trim();
            if (hasCode && text.Length > 0)
            {
                statements.Add(text);
            }

            current.Clear();
            hasCode = false;
        }
    }

    private static int EndOfQuoted(string script, int start, char quote)
    {
        var i = start + 1;
        while (i < script.Length)
        {
            if (script[i] == '\\')
            {
                i += 2;
            }
            else if (script[i] == quote)
            {
                if (i + 1 < script.Length && script[i + 1] == quote)
                {
                    i += 2;
                }
                else
                {
                    return i + 1;
                }
            }
            else
            {
                i++;
            }
        }

        throw new FormatException($"Unterminated {quote}-quoted text starting at offset {start}.");
    }

    private static int EndOfBlockComment(string script, int start)
    {
        var depth = 0;
        var i = start;
        while (i < script.Length - 1)
        {
            if (script[i] == '/' && script[i + 1] == '*')
            {
                depth++;
                i += 2;
            }
            else if (script[i] == '*' && script[i + 1] == '/')
            {
                i += 2;
                if (--depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        throw new FormatException($"Unterminated block comment starting at offset {start}.");
    }

    private static int EndOfHeredoc(string script, int start)
    {
        var close = script.IndexOf('$', start + 1);
        if (close < 0 || !script.AsSpan(start + 1, close - start - 1).ToString().All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_'))
        {
            return start + 1;
        }

        var tag = script[start..(close + 1)];
        var end = script.IndexOf(tag, close + 1, StringComparison.Ordinal);
        return end < 0 ? throw new FormatException($"Unterminated heredoc {tag} starting at offset {start}.") : end + tag.Length;
    }
}
