using System.Buffers.Binary;
using System.Text;
using MemberInsights.ClickHouse.Types;

namespace MemberInsights.ClickHouse.Formats;

/// <summary>
/// Rows encoded once in ClickHouse's RowBinary format; both transports send exactly these bytes.
/// The typed path (<see cref="BeginRow"/>, <c>Write*</c>, <see cref="EndRow"/>) writes straight into
/// the buffer without boxing and checks each value against the next column's type; the generic
/// path (<see cref="AddRow"/>) converts boxed values per column type.
/// </summary>
public sealed partial class RowBinaryBatch
{
    private readonly ClickHouseType[] _types;
    private byte[] _buffer;
    private int _length;
    private int _column = -1;
    private int _rowStart;

    /// <summary>Creates an empty batch for the given columns, in the order values are written.</summary>
    public RowBinaryBatch(IReadOnlyList<ColumnDefinition> columns, int initialCapacity = 64 * 1024)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A batch needs at least one column.", nameof(columns));
        }

        Columns = columns;
        _types = columns.Select(c => c.ParsedType).ToArray();
        _buffer = new byte[Math.Max(initialCapacity, 256)];
    }

    /// <summary>The columns, in write order.</summary>
    public IReadOnlyList<ColumnDefinition> Columns { get; }

    /// <summary>Completed rows.</summary>
    public int RowCount { get; private set; }

    /// <summary>Encoded bytes of the completed rows.</summary>
    public long ByteCount => _column < 0 ? _length : _rowStart;

    /// <summary>The encoded rows (valid until the batch is changed).</summary>
    public ReadOnlyMemory<byte> Data => _column < 0 ? _buffer.AsMemory(0, _length) : throw new InvalidOperationException("A row is still open: call EndRow first.");

    /// <summary>Starts a row; write one value per column, in column order, then call <see cref="EndRow"/>.</summary>
    public void BeginRow()
    {
        if (_column >= 0)
        {
            throw new InvalidOperationException("The previous row is still open: call EndRow first.");
        }

        _rowStart = _length;
        _column = 0;
    }

    /// <summary>Completes the row; every column must have been written.</summary>
    public void EndRow()
    {
        if (_column != _types.Length)
        {
            var problem = _column < 0 ? "no row is open" : $"only {_column} of {_types.Length} values were written";
            throw new InvalidOperationException($"Cannot end the row: {problem}.");
        }

        _column = -1;
        RowCount++;
    }

    /// <summary>Discards an open row, keeping the completed ones.</summary>
    public void AbandonRow()
    {
        if (_column >= 0)
        {
            _length = _rowStart;
            _column = -1;
        }
    }

    /// <summary>Removes every row, keeping the buffer for reuse.</summary>
    public void Clear()
    {
        _length = 0;
        _column = -1;
        RowCount = 0;
    }

    /// <summary>Adds a row of boxed values, converted per column type (null for NULL).</summary>
    public void AddRow(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != _types.Length)
        {
            throw new ArgumentException($"The batch has {_types.Length} columns but the row has {values.Length} values.", nameof(values));
        }

        BeginRow();
        try
        {
            foreach (var value in values)
            {
                WriteValue(value);
            }

            EndRow();
        }
        catch
        {
            AbandonRow();
            throw;
        }
    }

    /// <summary>Writes the next column's value from a boxed value, converting it per the column type.</summary>
    public void WriteValue(object? value)
    {
        var type = NextColumn();
        try
        {
            Encode(type, value);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException or ArgumentException)
        {
            throw new ArgumentException($"Column '{Columns[_column - 1].Name}' ({type.Name}) cannot take {value?.GetType().Name ?? "null"} {value}: {e.Message}", e);
        }
    }

    /// <summary>Writes NULL into the next column, which must be Nullable.</summary>
    public void WriteNull()
    {
        var type = NextColumn();
        if (!type.IsNullable)
        {
            throw new InvalidOperationException($"Column '{Columns[_column - 1].Name}' ({type.Name}) is not Nullable.");
        }

        Reserve(1)[0] = 1;
    }

    private ClickHouseType NextColumn()
    {
        if (_column < 0)
        {
            throw new InvalidOperationException("No row is open: call BeginRow first.");
        }

        if (_column >= _types.Length)
        {
            throw new InvalidOperationException($"The row already has all {_types.Length} values.");
        }

        return _types[_column++];
    }

    // The typed writers accept the next column when its type (under Nullable/LowCardinality) is one of `kinds`.
    private ClickHouseType Expect(ClickHouseTypeKind kind, ClickHouseTypeKind? alternative = null)
    {
        var type = NextColumn();
        var underlying = type.Underlying;
        if (underlying.Kind != kind && underlying.Kind != alternative)
        {
            throw new InvalidOperationException($"Column '{Columns[_column - 1].Name}' is {type.Name}, not {kind}.");
        }

        if (type.IsNullable)
        {
            Reserve(1)[0] = 0;
        }

        return underlying;
    }

    private Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _length < count)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    private void WriteVarUInt(ulong value)
    {
        var span = Reserve(10);
        var written = 0;
        while (value >= 0x80)
        {
            span[written++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[written++] = (byte)value;
        _length -= 10 - written;
    }

    private void WriteUtf8(ReadOnlySpan<char> text)
    {
        var byteCount = Encoding.UTF8.GetByteCount(text);
        WriteVarUInt((ulong)byteCount);
        Encoding.UTF8.GetBytes(text, Reserve(byteCount));
    }

    private void WriteFixedUtf8(ReadOnlySpan<char> text, int length)
    {
        var byteCount = Encoding.UTF8.GetByteCount(text);
        if (byteCount > length)
        {
            throw new ArgumentException($"'{text}' is {byteCount} bytes, longer than FixedString({length}).");
        }

        var span = Reserve(length);
        Encoding.UTF8.GetBytes(text, span);
        span[byteCount..].Clear();
    }

    private void WriteInt16Raw(short value) => BinaryPrimitives.WriteInt16LittleEndian(Reserve(2), value);

    private void WriteInt32Raw(int value) => BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), value);

    private void WriteUInt32Raw(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Reserve(4), value);

    private void WriteInt64Raw(long value) => BinaryPrimitives.WriteInt64LittleEndian(Reserve(8), value);
}
