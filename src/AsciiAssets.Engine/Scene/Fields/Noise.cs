using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
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

    /// <summary>
    /// <see cref="Value(uint, float, float, float)"/> for eight points sharing one z (time): each lane does the
    /// scalar steps in the same order, so the results are the same bits.
    /// </summary>
    public static Vector256<float> Value(uint seed, Vector256<float> x, Vector256<float> y, float z)
    {
        var fx = Vector256.Floor(x);
        var fy = Vector256.Floor(y);
        var fz = MathF.Floor(z);
        var ix = Vector256.ConvertToInt32(fx).AsUInt32();
        var iy = Vector256.ConvertToInt32(fy).AsUInt32();
        var iz = (uint)(int)fz;
        var u = SmoothStep(x - fx);
        var v = SmoothStep(y - fy);
        var w = DetMath.SmoothStep(z - fz);

        var one = Vector256<uint>.One;
        var seeded = Vector256.Create(seed);
        var h00 = Hash.Combine(Hash.Combine(seeded, ix), iy);
        var h10 = Hash.Combine(Hash.Combine(seeded, ix + one), iy);
        var h01 = Hash.Combine(Hash.Combine(seeded, ix), iy + one);
        var h11 = Hash.Combine(Hash.Combine(seeded, ix + one), iy + one);
        var near = Vector256.Create(iz);
        var far = Vector256.Create(iz + 1);
        var front = Bilinear(Corner(h00, near), Corner(h10, near), Corner(h01, near), Corner(h11, near), u, v);
        var back = Bilinear(Corner(h00, far), Corner(h10, far), Corner(h01, far), Corner(h11, far), u, v);
        return Lerp(front, back, Vector256.Create(w));
    }

    /// <summary><see cref="Fbm(uint, float, float, float, int, float, float)"/> for eight points sharing one z; the same bits.</summary>
    public static Vector256<float> Fbm(uint seed, Vector256<float> x, Vector256<float> y, float z, int octaves, float lacunarity, float gain)
    {
        var sum = Vector256<float>.Zero;
        float norm = 0;
        float amplitude = 1;
        float frequency = 1;
        for (var o = 0; o < octaves; o++)
        {
            var octave = Value(Hash.Combine(seed, (uint)o), x * frequency + Vector256.Create(o * 17.13f), y * frequency - Vector256.Create(o * 9.71f), z * frequency);
            sum += octave * amplitude;
            norm += amplitude;
            amplitude *= gain;
            frequency *= lacunarity;
        }

        return norm > 0 ? sum / norm : Vector256.Create(0.5f);
    }

    /// <summary>Stretches values around 0.5 by a factor, clamped to [0, 1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Contrast(Vector256<float> v, float contrast)
    {
        var stretched = (v - Vector256.Create(0.5f)) * contrast + Vector256.Create(0.5f);
        var zero = Vector256<float>.Zero;
        var one = Vector256<float>.One;
        return Vector256.ConditionalSelect(Vector256.LessThan(stretched, zero), zero, Vector256.ConditionalSelect(Vector256.GreaterThan(stretched, one), one, stretched));
    }

    /// <summary>Stretches values around 0.5 by a factor, clamped to [0, 1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Contrast(float v, float contrast) => DetMath.Clamp01((v - 0.5f) * contrast + 0.5f);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Corner(uint column, uint z) => Hash.Unit(Hash.Combine(column, z));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Bilinear(float a, float b, float c, float d, float u, float v) =>
        DetMath.Lerp(DetMath.Lerp(a, b, u), DetMath.Lerp(c, d, u), v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Corner(Vector256<uint> column, Vector256<uint> z) => Hash.Unit(Hash.Combine(column, z));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Bilinear(Vector256<float> a, Vector256<float> b, Vector256<float> c, Vector256<float> d, Vector256<float> u, Vector256<float> v) =>
        Lerp(Lerp(a, b, u), Lerp(c, d, u), v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Lerp(Vector256<float> a, Vector256<float> b, Vector256<float> t) => a + (b - a) * t;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> SmoothStep(Vector256<float> x) => x * x * (Vector256.Create(3f) - x * 2f);
}
