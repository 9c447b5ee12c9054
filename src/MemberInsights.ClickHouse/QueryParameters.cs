using System.Collections;
using MemberInsights.ClickHouse.Parameters;

namespace MemberInsights.ClickHouse;

/// <summary>
/// Values for the <c>{name:Type}</c> placeholders of one statement. Values are bound by the engine
/// (HTTP <c>param_name</c>, chDB <c>chdb_query_with_params</c>), never concatenated into SQL.
/// </summary>
public sealed class QueryParameters : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _values = [];

    /// <summary>The number of parameters.</summary>
    public int Count => _values.Count;

    /// <summary>Adds a string (null binds NULL for a Nullable placeholder).</summary>
    public QueryParameters Add(string name, string? value) => AddFormatted(name, value);

    /// <summary>Adds a 64-bit integer.</summary>
    public QueryParameters Add(string name, long value) => AddFormatted(name, value);

    /// <summary>Adds an unsigned 64-bit integer.</summary>
    public QueryParameters Add(string name, ulong value) => AddFormatted(name, value);

    /// <summary>Adds a 32-bit integer.</summary>
    public QueryParameters Add(string name, int value) => AddFormatted(name, value);

    /// <summary>Adds a double (NaN and infinities included).</summary>
    public QueryParameters Add(string name, double value) => AddFormatted(name, value);

    /// <summary>Adds a decimal.</summary>
    public QueryParameters Add(string name, decimal value) => AddFormatted(name, value);

    /// <summary>Adds a boolean.</summary>
    public QueryParameters Add(string name, bool value) => AddFormatted(name, value);

    /// <summary>Adds a date (for Date or Date32 placeholders).</summary>
    public QueryParameters Add(string name, DateOnly value) => AddFormatted(name, value);

    /// <summary>Adds an instant (for DateTime or DateTime64 placeholders); Unspecified kind is taken as UTC.</summary>
    public QueryParameters Add(string name, DateTime value) => AddFormatted(name, value);

    /// <summary>Adds a UUID.</summary>
    public QueryParameters Add(string name, Guid value) => AddFormatted(name, value);

    /// <summary>
    /// Adds any supported value: the types above, their nullable forms, other integer widths,
    /// arrays or lists of supported values (for Array placeholders), tuples and dictionaries.
    /// </summary>
    public QueryParameters Add(string name, object? value) => AddFormatted(name, value);

    /// <summary>The formatted value of a parameter.</summary>
    public string this[string name] => _values.Last(pair => pair.Key == name).Value;

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Adds a value already in ClickHouse's parameter text form (as received in an HTTP <c>param_</c> value).</summary>
    internal QueryParameters AddText(string name, string text)
    {
        ValidateName(name);
        _values.RemoveAll(pair => pair.Key == name);
        _values.Add(KeyValuePair.Create(name, text));
        return this;
    }

    private static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!(char.IsAsciiLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"'{name}' is not a valid query parameter name.", nameof(name));
        }
    }

    private QueryParameters AddFormatted(string name, object? value)
    {
        ValidateName(name);
        _values.RemoveAll(pair => pair.Key == name);
        _values.Add(KeyValuePair.Create(name, ParameterFormatter.Format(value)));
        return this;
    }
}
