using System.Globalization;
using System.Text;

namespace MemberInsights.ClickHouse;

/// <summary>
/// ClickHouse settings for one statement, e.g. <c>max_execution_time</c> or <c>insert_deduplication_token</c>.
/// Names are validated; values are sent as typed values, never spliced into SQL text.
/// </summary>
public sealed class QuerySettings
{
    private readonly Dictionary<string, SettingValue> _values = new(StringComparer.Ordinal);

    /// <summary>Time limit of the statement (<c>max_execution_time</c>, whole seconds).</summary>
    public TimeSpan? MaxExecutionTime
    {
        get => _values.TryGetValue("max_execution_time", out var v) ? TimeSpan.FromSeconds(double.Parse(v.Text, CultureInfo.InvariantCulture)) : null;
        set => SetOrRemove("max_execution_time", value is { } t ? new SettingValue(Math.Max(1, (long)Math.Ceiling(t.TotalSeconds)).ToString(CultureInfo.InvariantCulture), false) : null);
    }

    /// <summary>Token that makes a retried INSERT idempotent (<c>insert_deduplication_token</c>).</summary>
    public string? InsertDeduplicationToken
    {
        get => _values.TryGetValue("insert_deduplication_token", out var v) ? v.Text : null;
        set => SetOrRemove("insert_deduplication_token", value is null ? null : new SettingValue(value, true));
    }

    /// <summary>The number of settings.</summary>
    public int Count => _values.Count;

    /// <summary>Sets a string setting.</summary>
    public QuerySettings Set(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _values[ValidName(name)] = new SettingValue(value, true);
        return this;
    }

    /// <summary>Sets a numeric setting.</summary>
    public QuerySettings Set(string name, long value)
    {
        _values[ValidName(name)] = new SettingValue(value.ToString(CultureInfo.InvariantCulture), false);
        return this;
    }

    /// <summary>Sets a numeric setting.</summary>
    public QuerySettings Set(string name, double value)
    {
        _values[ValidName(name)] = new SettingValue(value.ToString("R", CultureInfo.InvariantCulture), false);
        return this;
    }

    /// <summary>Sets a boolean setting (sent as 1 or 0).</summary>
    public QuerySettings Set(string name, bool value)
    {
        _values[ValidName(name)] = new SettingValue(value ? "1" : "0", false);
        return this;
    }

    /// <summary>The settings as name and plain value text (the form HTTP URL parameters take).</summary>
    public IEnumerable<KeyValuePair<string, string>> AsText() =>
        _values.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.Text));

    /// <summary>The settings as a <c>SET a = 1, b = 'x'</c> statement with SQL literals, or null when empty.</summary>
    internal string? ToSetStatement() => _values.Count == 0 ? null : "SET " + ToAssignments();

    /// <summary>The settings as <c>a = 1, b = 'x'</c> with SQL literals (the body of SET or of an INSERT's SETTINGS clause).</summary>
    internal string ToAssignments()
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var (name, value) in _values)
        {
            builder.Append(first ? "" : ", ").Append(name).Append(" = ");
            first = false;
            if (value.Quoted)
            {
                builder.Append('\'').Append(Parameters.ParameterFormatter.Escape(value.Text)).Append('\'');
            }
            else
            {
                builder.Append(value.Text);
            }
        }

        return builder.ToString();
    }

    private void SetOrRemove(string name, SettingValue? value)
    {
        if (value is { } v)
        {
            _values[name] = v;
        }
        else
        {
            _values.Remove(name);
        }
    }

    private static string ValidName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"'{name}' is not a valid ClickHouse setting name.", nameof(name));
        }

        return name;
    }

    private readonly record struct SettingValue(string Text, bool Quoted);
}
