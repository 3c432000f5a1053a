using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace AsciiAssets.Numerics;

/// <summary>
/// Transcendental functions built from IEEE basic operations only, so every machine computes the same
/// bits (MathF.Sin and friends call the platform's C library, which differs between OSes and CPUs).
/// Accuracy is about 1e-6, far below what a character grid can show.
/// </summary>
public static class DetMath
{
    public const float Pi = 3.14159265358979f;
    public const float TwoPi = 6.28318530717959f;
    public const float HalfPi = 1.57079632679490f;
    private const float InverseTwoPi = 0.159154943091895f;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sin(float x)
    {
        // Reduce to [-π, π], then fold to [-π/2, π/2] where the odd polynomial is accurate.
        var k = MathF.Round(x * InverseTwoPi);
        x -= k * TwoPi;
        if (x > HalfPi)
        {
            x = Pi - x;
        }
        else if (x < -HalfPi)
        {
            x = -Pi - x;
        }

        var x2 = x * x;
        return x * (1f + x2 * (-0.166666667f + x2 * (0.00833333310f + x2 * (-0.000198408328f + x2 * 2.75239710e-6f))));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Cos(float x) => Sin(x + HalfPi);

    /// <summary>True where <see cref="Sin(Vector256{float})"/> runs in vector registers.</summary>
    public static bool VectorSinAccelerated => Avx.IsSupported;

    /// <summary>
    /// <see cref="Sin(float)"/> of eight values at once with the same operations in the same order (rounding half
    /// to even, then the fold and the polynomial), so each lane has exactly the scalar result's bits.
    /// Needs <see cref="VectorSinAccelerated"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Sin(Vector256<float> x)
    {
        var k = Avx.RoundToNearestInteger(x * Vector256.Create(InverseTwoPi));
        x -= k * Vector256.Create(TwoPi);
        var high = Vector256.GreaterThan(x, Vector256.Create(HalfPi));
        var low = Vector256.LessThan(x, Vector256.Create(-HalfPi));
        x = Vector256.ConditionalSelect(high, Vector256.Create(Pi) - x, Vector256.ConditionalSelect(low, Vector256.Create(-Pi) - x, x));
        var x2 = x * x;
        var polynomial = Vector256.Create(-0.000198408328f) + x2 * Vector256.Create(2.75239710e-6f);
        polynomial = Vector256.Create(0.00833333310f) + x2 * polynomial;
        polynomial = Vector256.Create(-0.166666667f) + x2 * polynomial;
        return x * (Vector256<float>.One + x2 * polynomial);
    }

    public static float Atan2(float y, float x)
    {
        if (x == 0 && y == 0)
        {
            return 0;
        }

        var ax = MathF.Abs(x);
        var ay = MathF.Abs(y);
        var swap = ay > ax;
        var t = swap ? ax / ay : ay / ax;
        var r = Atan01(t);
        if (swap)
        {
            r = HalfPi - r;
        }

        if (x < 0)
        {
            r = Pi - r;
        }

        return y < 0 ? -r : r;
    }

    /// <summary>atan on [0, 1] by a minimax polynomial.</summary>
    private static float Atan01(float t)
    {
        var t2 = t * t;
        return t * (0.99997726f + t2 * (-0.33262347f + t2 * (0.19354346f + t2 * (-0.11643287f + t2 * (0.05265332f + t2 * -0.01172120f)))));
    }

    /// <summary>e^x for x in about [-80, 80].</summary>
    public static float Exp(float x)
    {
        x = Math.Clamp(x, -80f, 80f);
        var n = MathF.Floor(x * 1.44269504f + 0.5f);
        var r = x - n * 0.693147181f;
        var p = 1f + r * (1f + r * (0.5f + r * (0.166666667f + r * (0.0416666667f + r * (0.00833333333f + r * 0.00138888889f)))));
        return p * BitConverter.Int32BitsToSingle(((int)n + 127) << 23);
    }

    /// <summary>Natural logarithm for x &gt; 0.</summary>
    public static float Log(float x)
    {
        // x = m · 2^e with m in [1, 2): ln x = e·ln2 + ln m, ln m by the atanh series.
        var bits = BitConverter.SingleToInt32Bits(x);
        var e = ((bits >> 23) & 0xff) - 127;
        var m = BitConverter.Int32BitsToSingle((bits & 0x007fffff) | 0x3f800000);
        if (m > 1.41421356f)
        {
            m *= 0.5f;
            e++;
        }

        var s = (m - 1) / (m + 1);
        var s2 = s * s;
        var lnM = 2 * s * (1 + s2 * (1f / 3 + s2 * (1f / 5 + s2 * (1f / 7 + s2 * (1f / 9 + s2 / 11)))));
        return e * 0.693147181f + lnM;
    }

    /// <summary>x^y for x ≥ 0.</summary>
    public static float Pow(float x, float y) => x <= 0 ? 0 : Exp(y * Log(x));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Fract(float x) => x - MathF.Floor(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Clamp01(float x) => x < 0 ? 0 : x > 1 ? 1 : x;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SmoothStep(float x) => x * x * (3 - 2 * x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Lerp(float a, float b, float t) => a + (b - a) * t;
}
