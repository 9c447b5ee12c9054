namespace MemberInsights.ClickHouse.Embedded;

/// <summary>
/// A read-only stream over the chunks of a streaming chDB statement. Each chunk stays in native
/// memory and is copied once, straight into the reader's buffer. Disposing cancels an unfinished
/// statement and returns the connection to the pool. chDB formats every chunk as a complete
/// RowBinaryWithNamesAndTypes output, header included; the stream passes the first header on and
/// drops the repeats, so the reader sees one continuous result exactly as HTTP delivers it.
/// </summary>
internal sealed class ChdbResultStream : Stream
{
    private readonly ChdbConnection _connection;
    private readonly ChdbResult _stream;
    private readonly CancellationToken _statementToken;
    private readonly Action _release;
    private ChdbResult? _chunk;
    private int _chunkOffset;
    private bool _finished;
    private bool _disposed;
    private byte[]? _header;

    /// <summary>Reads <paramref name="stream"/> of <paramref name="connection"/>, whose statement is killed when <paramref name="statementToken"/> is cancelled; <paramref name="release"/> runs once on dispose.</summary>
    public ChdbResultStream(ChdbConnection connection, ChdbResult stream, CancellationToken statementToken, Action release)
    {
        _connection = connection;
        _stream = stream;
        _statementToken = statementToken;
        _release = release;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_chunk is null || _chunkOffset >= _chunk.Length)
        {
            if (_finished)
            {
                return 0;
            }

            cancellationToken.ThrowIfCancellationRequested();
            _chunk?.Dispose();
            _chunk = null;
            ChdbResult next;
            try
            {
                next = await Task.Run(() => _connection.Fetch(_stream), CancellationToken.None).ConfigureAwait(false);
            }
            catch (ClickHouseException e) when (RunningStatementKiller.IsCancellation(e, _statementToken))
            {
                // The engine keeps a killed streaming statement listed (idle) until its connection closes: close it.
                _connection.SessionChanged = true;
                throw new OperationCanceledException("The statement was stopped because its caller cancelled.", e, _statementToken);
            }

            _chunkOffset = 0;
            if (next.Length == 0)
            {
                next.Dispose();
                _finished = true;
                return 0;
            }

            _chunk = next;
            SkipRepeatedHeader();
        }

        return CopyFromChunk(buffer.Span);
    }

    private unsafe void SkipRepeatedHeader()
    {
        var data = new ReadOnlySpan<byte>(_chunk!.Pointer, _chunk.Length);
        if (_header is null)
        {
            var decoder = new Formats.RowBinaryDecoder(data);
            if (!decoder.TryReadVarUInt(out var columns))
            {
                throw new InvalidDataException("The embedded engine sent a chunk without a complete header.");
            }

            for (ulong i = 0; i < columns * 2; i++)
            {
                if (!decoder.TryReadString(out _))
                {
                    throw new InvalidDataException("The embedded engine sent a chunk without a complete header.");
                }
            }

            _header = data[..decoder.Position].ToArray();
        }
        else if (data.StartsWith(_header))
        {
            _chunkOffset = _header.Length;
        }
    }

    private unsafe int CopyFromChunk(Span<byte> destination)
    {
        var count = Math.Min(destination.Length, _chunk!.Length - _chunkOffset);
        new ReadOnlySpan<byte>(_chunk.Pointer + _chunkOffset, count).CopyTo(destination);
        _chunkOffset += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (!_disposed && disposing)
        {
            _disposed = true;
            _chunk?.Dispose();
            if (!_finished)
            {
                _connection.Cancel(_stream);

                // A cancelled statement stays listed in the engine until its connection closes.
                _connection.SessionChanged |= _statementToken.IsCancellationRequested;
            }

            _stream.Dispose();
            _release();
        }

        base.Dispose(disposing);
    }
}
