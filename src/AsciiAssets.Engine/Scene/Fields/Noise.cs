using System.Runtime.CompilerServices;
using AsciiAssets.Numerics;

namespace AsciiAssets.Scene.Fields;

/// <summary>
/// Lattice value noise: a hashed value at every integer point, blended with a smoothstep. The third
/// coordinate is usually time, so a field morphs smoothly instead of scrolling. Pure function of its inputs.
/// </summary>
internal static class Noise
{
    /// <summary>Value noise in [0, 1).</summary>
    public static float Value(uint seed, float x, float y, float z)
    {
        var fx = MathF.Floor(x);
        var fy = MathF.Floor(y);
        var fz = MathF.Floor(z);
        var ix = (uint)(int)fx;
        var iy = (uint)(int)fy;
        var iz = (uint)(int)fz;
        var u = DetMath.SmoothStep(x - fx);
        var v = DetMath.SmoothStep(y - fy);
        var w = DetMath.SmoothStep(z - fz);

        // Hash x and y once per corner column, then the two z slices.
        var h00 = Hash.Combine(seed, ix, iy);
        var h10 = Hash.Combine(seed, ix + 1, iy);
        var h01 = Hash.Combine(seed, ix, iy + 1);
        var h11 = Hash.Combine(seed, ix + 1, iy + 1);
        var front = Bilinear(Corner(h00, iz), Corner(h10, iz), Corner(h01, iz), Corner(h11, iz), u, v);
        var back = Bilinear(Corner(h00, iz + 1), Corner(h10, iz + 1), Corner(h01, iz + 1), Corner(h11, iz + 1), u, v);
        return DetMath.Lerp(front, back, w);
    }

    /// <summary>Fractal sum of value-noise octaves, normalised back to [0, 1).</summary>
    public static float Fbm(uint seed, float x, float y, float z, int octaves, float lacunarity, float gain)
    {
        float sum = 0;
        float norm = 0;
        float amplitude = 1;
        float frequency = 1;
        for (var o = 0; o < octaves; o++)
        {
            // Each octave gets its own lattice and a small offset so lattice points do not line up.
            sum += amplitude * Value(Hash.Combine(seed, (uint)o), x * frequency + o * 17.13f, y * frequency - o * 9.71f, z * frequency);
            norm += amplitude;
            amplitude *= gain;
            frequency *= lacunarity;
        }

        return norm > 0 ? sum / norm : 0.5f;
    }

    /// <summary>Stretches values around 0.5 by a factor, clamped to [0, 1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Contrast(float v, float contrast) => DetMath.Clamp01((v - 0.5f) * contrast + 0.5f);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Corner(uint column, uint z) => Hash.Unit(Hash.Combine(column, z));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Bilinear(float a, float b, float c, float d, float u, float v) =>
        DetMath.Lerp(DetMath.Lerp(a, b, u), DetMath.Lerp(c, d, u), v);
}
