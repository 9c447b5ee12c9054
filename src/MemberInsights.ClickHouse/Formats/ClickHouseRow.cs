using MemberInsights.ClickHouse.Formats;

namespace MemberInsights.ClickHouse;

/// <summary>One result row. Values are typed as <see cref="Types.ClickHouseType.ClrType"/> describes; NULL is null.</summary>
public sealed class ClickHouseRow
{
    private readonly ResultSchema _schema;
    private readonly object?[] _values;

    internal ClickHouseRow(ResultSchema schema, object?[] values)
    {
        _schema = schema;
        _values = values;
    }

    /// <summary>The number of columns.</summary>
    public int FieldCount => _values.Length;

    /// <summary>The columns of the result (shared by every row).</summary>
    public IReadOnlyList<ClickHouseColumn> Columns => _schema.Columns;

    /// <summary>The value at a column position.</summary>
    public object? this[int ordinal] => _values[ordinal];

    /// <summary>The value of a named column.</summary>
    public object? this[string name] => _values[_schema.GetOrdinal(name)];

    /// <summary>The position of a named column.</summary>
    public int GetOrdinal(string name) => _schema.GetOrdinal(name);

    /// <summary>True when the value is NULL.</summary>
    public bool IsNull(int ordinal) => _values[ordinal] is null;

    /// <summary>True when the value is NULL.</summary>
    public bool IsNull(string name) => this[name] is null;

    /// <summary>The value converted to <typeparamref name="T"/> (widening numbers, dates to instants, and so on).</summary>
    public T Get<T>(int ordinal) => ValueConverter.Convert<T>(_values[ordinal], _schema.Columns[ordinal].Name);

    /// <summary>The value converted to <typeparamref name="T"/>.</summary>
    public T Get<T>(string name) => Get<T>(_schema.GetOrdinal(name));

    /// <summary>A String, FixedString or Enum value.</summary>
    public string GetString(int ordinal) => Get<string>(ordinal);

    /// <summary>A String, FixedString or Enum value.</summary>
    public string GetString(string name) => Get<string>(name);

    /// <summary>An integer value as Int32.</summary>
    public int GetInt32(int ordinal) => Get<int>(ordinal);

    /// <summary>An integer value as Int32.</summary>
    public int GetInt32(string name) => Get<int>(name);

    /// <summary>An integer value as Int64.</summary>
    public long GetInt64(int ordinal) => Get<long>(ordinal);

    /// <summary>An integer value as Int64.</summary>
    public long GetInt64(string name) => Get<long>(name);

    /// <summary>An integer value as UInt64.</summary>
    public ulong GetUInt64(int ordinal) => Get<ulong>(ordinal);

    /// <summary>An integer value as UInt64.</summary>
    public ulong GetUInt64(string name) => Get<ulong>(name);

    /// <summary>A numeric value as Double.</summary>
    public double GetDouble(int ordinal) => Get<double>(ordinal);

    /// <summary>A numeric value as Double.</summary>
    public double GetDouble(string name) => Get<double>(name);

    /// <summary>A numeric value as Decimal.</summary>
    public decimal GetDecimal(int ordinal) => Get<decimal>(ordinal);

    /// <summary>A numeric value as Decimal.</summary>
    public decimal GetDecimal(string name) => Get<decimal>(name);

    /// <summary>A Bool value.</summary>
    public bool GetBoolean(int ordinal) => Get<bool>(ordinal);

    /// <summary>A Bool value.</summary>
    public bool GetBoolean(string name) => Get<bool>(name);

    /// <summary>A Date or Date32 value (or the date part of a DateTime).</summary>
    public DateOnly GetDateOnly(int ordinal) => Get<DateOnly>(ordinal);

    /// <summary>A Date or Date32 value (or the date part of a DateTime).</summary>
    public DateOnly GetDateOnly(string name) => Get<DateOnly>(name);

    /// <summary>A DateTime or DateTime64 value in UTC.</summary>
    public DateTime GetDateTime(int ordinal) => Get<DateTime>(ordinal);

    /// <summary>A DateTime or DateTime64 value in UTC.</summary>
    public DateTime GetDateTime(string name) => Get<DateTime>(name);

    /// <summary>A UUID value.</summary>
    public Guid GetGuid(int ordinal) => Get<Guid>(ordinal);

    /// <summary>A UUID value.</summary>
    public Guid GetGuid(string name) => Get<Guid>(name);

    /// <summary>All values, in column order.</summary>
    public IReadOnlyList<object?> Values => _values;
}
