using System.Runtime.CompilerServices;

namespace AsciiAssets.Numerics;

/// <summary>
/// Stateless integer hashing: every random choice in a frame derives from (seed, scene, frame, item),
/// never from a worker, a thread or the clock, so any worker renders any frame identically.
/// </summary>
public static class Hash
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Mix(uint x)
    {
        // lowbias32 by Chris Wellons: good avalanche from a few multiplies.
        x ^= x >> 16;
        x *= 0x7feb352dU;
        x ^= x >> 15;
        x *= 0x846ca68bU;
        x ^= x >> 16;
        return x;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Combine(uint a, uint b) => Mix(a ^ (b + 0x9e3779b9U + (a << 6) + (a >> 2)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Combine(uint a, uint b, uint c) => Combine(Combine(a, b), c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Combine(uint a, uint b, uint c, uint d) => Combine(Combine(Combine(a, b), c), d);

    /// <summary>A float in [0, 1) from a hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Unit(uint h) => (h >> 8) * (1f / 16777216f);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Unit(uint a, uint b) => Unit(Combine(a, b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Unit(uint a, uint b, uint c) => Unit(Combine(a, b, c));

    /// <summary>A stable seed for a named stream, e.g. one layer of one scene.</summary>
    public static uint Seed(int specSeed, int scene, int layer, string stream)
    {
        var h = Combine((uint)specSeed, (uint)scene, (uint)layer);
        foreach (var c in stream)
        {
            h = Combine(h, c);
        }

        return h;
    }
}
