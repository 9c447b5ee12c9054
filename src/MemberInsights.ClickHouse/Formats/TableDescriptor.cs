namespace MemberInsights.ClickHouse.Formats;

/// <summary>Reads one column's value from a row (the row by reference: rows are often structs).</summary>
/// <typeparam name="TRow">The row type.</typeparam>
/// <typeparam name="T">The value type.</typeparam>
public delegate T RowValue<TRow, out T>(in TRow row);

/// <summary>
/// A table as the code writes it: its name and, per column in write order, the name, the ClickHouse type and the
/// value read from a row. Every writer of the table appends rows through it, so the column order lives in one place
/// and each value goes through the typed, allocation-free RowBinary writers (which check it against the type).
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
public sealed class TableDescriptor<TRow>
{
    private readonly TableColumn<TRow>[] _columns;

    private TableDescriptor(string name, TableColumn<TRow>[] columns)
    {
        Name = name;
        _columns = columns;
        Columns = columns.Select(c => c.Definition).ToArray();
    }

    /// <summary>The table (optionally <c>database.table</c>).</summary>
    public string Name { get; }

    /// <summary>The columns, in write order.</summary>
    public IReadOnlyList<ColumnDefinition> Columns { get; }

    /// <summary>Starts a descriptor of <paramref name="name"/>; add columns in write order, then <see cref="Builder.Build"/>.</summary>
    public static Builder For(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Builder(name);
    }

    /// <summary>An empty batch of this table's columns.</summary>
    public RowBinaryBatch CreateBatch(int initialCapacity = 64 * 1024) => new(Columns, initialCapacity);

    /// <summary>Appends one row to a batch created by <see cref="CreateBatch"/>; a value that fails leaves the batch as it was.</summary>
    public void Append(RowBinaryBatch batch, in TRow row)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (!ReferenceEquals(batch.Columns, Columns))
        {
            throw new ArgumentException($"The batch was not created by the {Name} descriptor.", nameof(batch));
        }

        batch.BeginRow();
        try
        {
            foreach (var column in _columns)
            {
                column.Write(batch, in row);
            }
        }
        catch
        {
            batch.AbandonRow();
            throw;
        }

        batch.EndRow();
    }

    /// <summary>A batch holding <paramref name="rows"/>.</summary>
    public RowBinaryBatch Encode(IEnumerable<TRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var batch = CreateBatch();
        foreach (var row in rows)
        {
            Append(batch, in row);
        }

        return batch;
    }

    /// <summary>Inserts a batch of this table's rows.</summary>
    public Task<QueryStats> InsertAsync(ClickHouseClient client, RowBinaryBatch batch, QuerySettings? settings = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(batch);
        if (!ReferenceEquals(batch.Columns, Columns))
        {
            throw new ArgumentException($"The batch was not created by the {Name} descriptor.", nameof(batch));
        }

        return client.InsertAsync(Name, batch, settings, ct);
    }

    /// <summary>Adds columns in write order. Each method names the column, its ClickHouse type where more than one fits, and its value.</summary>
    public sealed class Builder
    {
        private readonly string _name;
        private readonly List<TableColumn<TRow>> _columns = [];

        internal Builder(string name) => _name = name;

        /// <summary>A UInt16 column.</summary>
        public Builder UInt16(string name, RowValue<TRow, ushort> value) => Add(new TableColumn<TRow>.UInt16(new(name, "UInt16"), value));

        /// <summary>A UInt32 column.</summary>
        public Builder UInt32(string name, RowValue<TRow, uint> value) => Add(new TableColumn<TRow>.UInt32(new(name, "UInt32"), value));

        /// <summary>A UInt64 column.</summary>
        public Builder UInt64(string name, RowValue<TRow, ulong> value) => Add(new TableColumn<TRow>.UInt64(new(name, "UInt64"), value));

        /// <summary>A Float32 column.</summary>
        public Builder Float32(string name, RowValue<TRow, float> value) => Add(new TableColumn<TRow>.Float32(new(name, "Float32"), value));

        /// <summary>A string column: <c>String</c> by default, or e.g. <c>LowCardinality(String)</c>.</summary>
        public Builder String(string name, RowValue<TRow, string> value, string type = "String") => Add(new TableColumn<TRow>.Text(new(name, type), value));

        /// <summary>A Date (or Date32) column; a null value is NULL, for a Nullable type.</summary>
        public Builder Date(string name, RowValue<TRow, DateOnly?> value, string type = "Date") => Add(new TableColumn<TRow>.Day(new(name, type), value));

        /// <summary>A DateTime or DateTime64 column, e.g. <c>DateTime('UTC')</c> or <c>DateTime64(3, 'UTC')</c>.</summary>
        public Builder DateTime(string name, string type, RowValue<TRow, DateTime> value) => Add(new TableColumn<TRow>.Instant(new(name, type), value));

        /// <summary>A UUID column.</summary>
        public Builder Uuid(string name, RowValue<TRow, Guid> value) => Add(new TableColumn<TRow>.Uuid(new(name, "UUID"), value));

        /// <summary>A Bool column; a null value is NULL, for <c>Nullable(Bool)</c>.</summary>
        public Builder Bool(string name, RowValue<TRow, bool?> value, string type = "Bool") => Add(new TableColumn<TRow>.Flag(new(name, type), value));

        /// <summary>The descriptor.</summary>
        /// <exception cref="InvalidOperationException">No columns, or a column named twice.</exception>
        public TableDescriptor<TRow> Build()
        {
            if (_columns.Count == 0)
            {
                throw new InvalidOperationException($"The {_name} descriptor has no columns.");
            }

            if (_columns.GroupBy(c => c.Definition.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new InvalidOperationException($"The {_name} descriptor names column '{twice.Key}' twice.");
            }

            return new TableDescriptor<TRow>(_name, [.. _columns]);
        }

        private Builder Add(TableColumn<TRow> column)
        {
            ArgumentNullException.ThrowIfNull(column);
            _columns.Add(column);
            return this;
        }
    }
}
