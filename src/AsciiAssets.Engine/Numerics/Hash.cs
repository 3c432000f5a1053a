using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

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

    /// <summary>A float in [0, 1) from a hash. The 24 bits convert as a signed int: the same value, one instruction everywhere.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Unit(uint h) => (int)(h >> 8) * (1f / 16777216f);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Unit(uint a, uint b) => Unit(Combine(a, b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Unit(uint a, uint b, uint c) => Unit(Combine(a, b, c));

    /// <summary><see cref="Mix(uint)"/> in every lane of the CPU's vectors: the same integer steps, so the same bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<uint> Mix(Vector<uint> x)
    {
        x ^= x >> 16;
        x *= 0x7feb352dU;
        x ^= x >> 15;
        x *= 0x846ca68bU;
        return x ^ (x >> 16);
    }

    /// <summary><see cref="Mix(uint)"/> in eight lanes: the same integer steps, so the same bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> Mix(Vector256<uint> x)
    {
        x ^= Vector256.ShiftRightLogical(x, 16);
        x *= 0x7feb352dU;
        x ^= Vector256.ShiftRightLogical(x, 15);
        x *= 0x846ca68bU;
        x ^= Vector256.ShiftRightLogical(x, 16);
        return x;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> Combine(Vector256<uint> a, Vector256<uint> b) =>
        Mix(a ^ (b + Vector256.Create(0x9e3779b9U) + Vector256.ShiftLeft(a, 6) + Vector256.ShiftRightLogical(a, 2)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Unit(Vector256<uint> h) => Vector256.ConvertToSingle(Vector256.ShiftRightLogical(h, 8).AsInt32()) * (1f / 16777216f);

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
