namespace MemberInsights.ClickHouse.Formats;

/// <summary>One column of a <see cref="TableDescriptor{TRow}"/>: its definition and how a row's value is written.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal abstract class TableColumn<TRow>(ColumnDefinition definition)
{
    public ColumnDefinition Definition { get; } = definition;

    /// <summary>Writes the row's value into the batch's next column.</summary>
    public abstract void Write(RowBinaryBatch batch, in TRow row);

    // One class per value type, so a value reaches its typed writer with one delegate call and no boxing.
    internal sealed class UInt16(ColumnDefinition definition, RowValue<TRow, ushort> value) : TableColumn<TRow>(definition)
    {
        public override void Write(RowBinaryBatch batch, in TRow row) => batch.WriteUInt16(value(in row));
    }

    internal sealed class UInt32(ColumnDefinition definition, RowValue<TRow, uint> value) : TableColumn<TRow>(definition)
    {
        public override void Write(RowBinaryBatch batch, in TRow row) => batch.WriteUInt32(value(in row));
    }

    internal sealed class UInt64(ColumnDefinition definition, RowValue<TRow, ulong> value) : TableColumn<TRow>(definition)
    {
        public override void Write(RowBinaryBatch batch, in TRow row) => batch.WriteUInt64(value(in row));
    }

    internal sealed class Float32(ColumnDefinition definition, RowValue<TRow, float> value) : TableColumn<TRow>(definition)
    {
        public override void Write(RowBinaryBatch batch, in TRow row) => batch.WriteFloat32(value(in row));
    }

    internal sealed class Text(ColumnDefinition definition, RowValue<TRow, string> value) : TableColumn<TRow>(definition)
    {
        public override void Write(RowBinaryBatch batch, in TRow row) => batch.WriteString(value(in row));
    }

    internal sealed class Day(ColumnDefinition definition, RowValue<TRow, DateOnly?> value) : TableColumn<TRow>(definition)
    {
        public override void Write(RowBinaryBatch batch, in TRow row)
        {
            if (value(in row) is { } day)
            {
                batch.WriteDate(day);
            }
            else
            {
                batch.WriteNull();
            }
        }
    }

    internal sealed class Instant(ColumnDefinition definition, RowValue<TRow, DateTime> value) : TableColumn<TRow>(definition)
    {
        public override void Write(RowBinaryBatch batch, in TRow row) => batch.WriteDateTime(value(in row));
    }

    internal sealed class Uuid(ColumnDefinition definition, RowValue<TRow, Guid> value) : TableColumn<TRow>(definition)
    {
        public override void Write(RowBinaryBatch batch, in TRow row) => batch.WriteUuid(value(in row));
    }

    internal sealed class Flag(ColumnDefinition definition, RowValue<TRow, bool?> value) : TableColumn<TRow>(definition)
    {
        public override void Write(RowBinaryBatch batch, in TRow row)
        {
            if (value(in row) is { } flag)
            {
                batch.WriteBool(flag);
            }
            else
            {
                batch.WriteNull();
            }
        }
    }
}
