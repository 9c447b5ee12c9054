namespace MemberInsights.Warehouse.Generation;

/// <summary>
/// A small, fast, seeded pseudo-random stream (SplitMix64). A stream is keyed by the load seed and a
/// (member, day, purpose) key, so any member-day regenerates the same values in any batch, in any order.
/// </summary>
public struct SplitMixRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    /// <summary>Creates a stream from a raw 64-bit state.</summary>
    public SplitMixRandom(ulong state) => _state = state;

    /// <summary>A stream keyed by seed and up to three key parts.</summary>
    public static SplitMixRandom For(ulong seed, ulong a, ulong b = 0, ulong c = 0) =>
        new(Mix(Mix(Mix(seed ^ Golden) ^ a) + (b * Golden) ^ Mix(c + 0x632BE59BD9B4E019UL)));

    /// <summary>The SplitMix64 finaliser: a strong 64-bit mixing function.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64() => Mix(_state += Golden);

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, exclusiveMax).</summary>
    public int NextInt(int exclusiveMax) => (int)((NextUInt64() >> 33) * (ulong)exclusiveMax >> 31);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A standard normal value (Box-Muller).</summary>
    public double NextNormal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A small Poisson-distributed count (Knuth's method; fine for means below ~10).</summary>
    public int NextPoisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var product = NextDouble();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= NextDouble();
        }

        return count;
    }

    /// <summary>A random version-4 style UUID.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, NextUInt64());
        BitConverter.TryWriteBytes(bytes[8..], NextUInt64());
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
