using System.Runtime.CompilerServices;
using System.Text;
using MemberInsights.ClickHouse.Types;

namespace MemberInsights.ClickHouse.Formats;

/// <summary>
/// Streams rows out of a RowBinaryWithNamesAndTypes byte stream, the one output format both
/// transports return. It keeps one growable buffer: a row is decoded straight from the buffer once
/// all of its bytes have arrived, so memory is bounded by the largest row, not by the result.
/// </summary>
internal sealed class RowBinaryResultReader
{
    private const int InitialBufferSize = 64 * 1024;
    private readonly Stream _source;
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private bool _sourceEnded;

    public RowBinaryResultReader(Stream source) => _source = source;

    public ResultSchema? Schema { get; private set; }

    /// <summary>Bytes received from the source so far.</summary>
    public long BytesReceived { get; private set; }

    public async IAsyncEnumerable<ClickHouseRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        while (!TryDecodeHeader())
        {
            if (!await FillAsync(ct).ConfigureAwait(false))
            {
                if (_end == _start)
                {
                    yield break;
                }

                throw Truncated("header");
            }
        }

        var schema = Schema!;
        var columns = schema.Columns.Select(c => c.Type).ToArray();
        while (true)
        {
            if (_start == _end && _sourceEnded)
            {
                yield break;
            }

            var values = new object?[columns.Length];
            if (_start < _end && TryDecodeRow(columns, values))
            {
                yield return new ClickHouseRow(schema, values);
                continue;
            }

            ct.ThrowIfCancellationRequested();
            if (!await FillAsync(ct).ConfigureAwait(false) && _start < _end)
            {
                throw Truncated("row");
            }
        }
    }

    private bool TryDecodeHeader()
    {
        var decoder = new RowBinaryDecoder(_buffer.AsSpan(_start, _end - _start));
        if (!decoder.TryReadVarUInt(out var count))
        {
            return false;
        }

        var names = new string[count];
        for (var i = 0; i < names.Length; i++)
        {
            if (!decoder.TryReadString(out names[i]))
            {
                return false;
            }
        }

        var columns = new ClickHouseColumn[count];
        for (var i = 0; i < columns.Length; i++)
        {
            if (!decoder.TryReadString(out var typeName))
            {
                return false;
            }

            columns[i] = new ClickHouseColumn(names[i], ClickHouseType.Parse(typeName));
        }

        _start += decoder.Position;
        Schema = new ResultSchema(columns);
        return true;
    }

    private bool TryDecodeRow(ClickHouseType[] columns, object?[] values)
    {
        var decoder = new RowBinaryDecoder(_buffer.AsSpan(_start, _end - _start));
        for (var i = 0; i < columns.Length; i++)
        {
            if (!decoder.TryReadValue(columns[i], out values[i]))
            {
                return false;
            }
        }

        _start += decoder.Position;
        return true;
    }

    /// <summary>Reads more bytes after the unconsumed ones; false at the end of the stream.</summary>
    private async ValueTask<bool> FillAsync(CancellationToken ct)
    {
        if (_sourceEnded)
        {
            return false;
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await _source.ReadAsync(_buffer.AsMemory(_end), ct).ConfigureAwait(false);
        if (read == 0)
        {
            _sourceEnded = true;
            return false;
        }

        _end += read;
        BytesReceived += read;
        return true;
    }

    // A server that fails after sending rows appends its error text to the body (older servers),
    // so an incomplete tail that carries "Code: NN" is that error rather than corrupt data.
    private Exception Truncated(string what)
    {
        var tail = Encoding.UTF8.GetString(_buffer, _start, Math.Min(_end - _start, 64 * 1024));
        var at = tail.IndexOf("Code: ", StringComparison.Ordinal);
        if (at >= 0)
        {
            return ClickHouseException.FromErrorText(tail[at..]);
        }

        return new InvalidDataException($"The RowBinaryWithNamesAndTypes result ended in the middle of a {what} ({_end - _start} bytes left over).");
    }
}
