using System.Text;

namespace MemberInsights.ClickHouse.Http;

/// <summary>
/// Detects the error block a ClickHouse server (25.11+) writes when a query fails after the body has
/// started: <c>\r\n__exception__\r\nTAG\r\nmessage\nLEN TAG\r\n__exception__\r\n</c>, after which it
/// drops the connection. The last 16 KiB (the block's maximum size) are held back until the body
/// ends, so the reader never decodes the block as rows; then the block becomes a <see cref="ClickHouseException"/>.
/// </summary>
internal sealed class ExceptionTagStream(Stream inner, string tag) : Stream
{
    private const int HoldBack = (16 * 1024) + 256;
    private const string Marker = "__exception__\r\n";
    private readonly byte[] _buffer = new byte[HoldBack + (64 * 1024)];
    private int _count;
    private bool _ended;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var releasable = _ended ? _count : _count - HoldBack;
            if (releasable > 0)
            {
                var count = Math.Min(buffer.Length, releasable);
                _buffer.AsSpan(0, count).CopyTo(buffer.Span);
                Buffer.BlockCopy(_buffer, count, _buffer, 0, _count - count);
                _count -= count;
                return count;
            }

            if (_ended)
            {
                return 0;
            }

            int read;
            try
            {
                read = await inner.ReadAsync(_buffer.AsMemory(_count), cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw ServerError(e) ?? throw new IOException("The ClickHouse response ended abruptly.", e);
            }

            if (read == 0)
            {
                _ended = true;
                if (ServerError(null) is { } error)
                {
                    throw error;
                }
            }

            _count += read;
        }
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
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private ClickHouseException? ServerError(Exception? transportError)
    {
        var tail = Encoding.UTF8.GetString(_buffer, 0, _count);
        var opening = tail.LastIndexOf(Marker + tag + "\r\n", StringComparison.Ordinal);
        if (opening < 0)
        {
            return null;
        }

        var start = opening + Marker.Length + tag.Length + 2;
        var trailer = tail.LastIndexOf(" " + tag + "\r\n" + Marker.TrimEnd(), StringComparison.Ordinal);
        var end = trailer > start ? tail.LastIndexOf('\n', trailer) : -1;
        var message = end > start ? tail[start..end] : tail[start..];
        var error = ClickHouseException.FromErrorText(message);
        return transportError is null ? error : new ClickHouseException(error.ErrorCode, error.ErrorName, error.Message, transportError);
    }
}
