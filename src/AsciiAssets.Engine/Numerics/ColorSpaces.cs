using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AsciiAssets.Numerics;

/// <summary>HSV and OKLab/OKLCH conversions (Björn Ottosson's OKLab), all in deterministic float math.</summary>
public static class ColorSpaces
{
    /// <summary>Hue in turns (0..1 wraps), saturation and value in 0..1.</summary>
    public static Rgb24 HsvToRgb(float hue, float saturation, float value)
    {
        var h = DetMath.Fract(hue) * 6f;
        var sector = (int)h;
        var f = h - sector;
        var p = value * (1 - saturation);
        var q = value * (1 - saturation * f);
        var t = value * (1 - saturation * (1 - f));
        return sector switch
        {
            0 => Rgb24.FromUnit(value, t, p),
            1 => Rgb24.FromUnit(q, value, p),
            2 => Rgb24.FromUnit(p, value, t),
            3 => Rgb24.FromUnit(p, q, value),
            4 => Rgb24.FromUnit(t, p, value),
            _ => Rgb24.FromUnit(value, p, q),
        };
    }

    /// <summary>
    /// The inverse of <see cref="HsvToRgb(float, float, float)"/>: hue in turns in [0, 1), saturation and value in 0..1.
    /// Greys (no chroma) have hue 0 and saturation 0; black has saturation 0.
    /// </summary>
    public static (float Hue, float Saturation, float Value) RgbToHsv(Rgb24 color)
    {
        var r = color.R / 255f;
        var g = color.G / 255f;
        var b = color.B / 255f;
        var max = MathF.Max(r, MathF.Max(g, b));
        var chroma = max - MathF.Min(r, MathF.Min(g, b));
        if (chroma <= 0)
        {
            return (0, 0, max);
        }

        // The sector the brightest channel starts, plus how far the other two have moved the hue within it.
        var sixths = max == r ? (g - b) / chroma : max == g ? 2f + (b - r) / chroma : 4f + (r - g) / chroma;
        var hue = sixths / 6f;
        return (hue < 0 ? hue + 1f : hue, chroma / max, max);
    }

    /// <summary>
    /// <see cref="HsvToRgb(float, float, float)"/> of eight colours at once with the same float operations, so each
    /// colour has exactly the scalar bits; writes eight entries. Fast where Vector256 is hardware-accelerated.
    /// </summary>
    public static void HsvToRgb(Vector256<float> hue, float saturation, Vector256<float> value, Span<Rgb24> colors)
    {
        var h = (hue - Vector256.Floor(hue)) * Vector256.Create(6f);
        var sector = Vector256.ConvertToInt32(h);
        var f = h - Vector256.ConvertToSingle(sector);
        var s = Vector256.Create(saturation);
        var one = Vector256<float>.One;
        var p = value * Vector256.Create(1 - saturation);
        var q = value * (one - s * f);
        var t = value * (one - s * (one - f));

        // The scalar switch: sector 0 → (v, t, p), 1 → (q, v, p), 2 → (p, v, t), 3 → (p, q, v), 4 → (t, p, v), else (v, p, q).
        var is0 = Vector256.Equals(sector, Vector256<int>.Zero).AsSingle();
        var is1 = Vector256.Equals(sector, Vector256.Create(1)).AsSingle();
        var is2 = Vector256.Equals(sector, Vector256.Create(2)).AsSingle();
        var is3 = Vector256.Equals(sector, Vector256.Create(3)).AsSingle();
        var is4 = Vector256.Equals(sector, Vector256.Create(4)).AsSingle();
        var r = Vector256.ConditionalSelect(is1, q, Vector256.ConditionalSelect(is2 | is3, p, Vector256.ConditionalSelect(is4, t, value)));
        var g = Vector256.ConditionalSelect(is0, t, Vector256.ConditionalSelect(is1 | is2, value, Vector256.ConditionalSelect(is3, q, p)));
        var b = Vector256.ConditionalSelect(is0 | is1, p, Vector256.ConditionalSelect(is2, t, Vector256.ConditionalSelect(is3 | is4, value, q)));
        // Each lane's three bytes packed into the low bytes of an int, then the fourth byte of each int dropped.
        var packed = (ToBytes(r) | (ToBytes(g) << 8) | (ToBytes(b) << 16)).AsByte();
        var drop = Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 255, 255, 255, 255);
        var low = Vector128.Shuffle(packed.GetLower(), drop);
        var high = Vector128.Shuffle(packed.GetUpper(), drop);
        ref var bytes = ref Unsafe.As<Rgb24, byte>(ref MemoryMarshal.GetReference(colors[..8]));
        Unsafe.WriteUnaligned(ref bytes, low.AsUInt64().GetElement(0));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref bytes, 8), low.AsUInt32().GetElement(2));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref bytes, 12), high.AsUInt64().GetElement(0));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref bytes, 20), high.AsUInt32().GetElement(2));
    }

    /// <summary><see cref="Rgb24.ToByte"/> of eight values.</summary>
    private static Vector256<int> ToBytes(Vector256<float> unit) =>
        Vector256.ConvertToInt32(Vector256.Min(Vector256.Max(unit, Vector256<float>.Zero), Vector256<float>.One) * Vector256.Create(255f) + Vector256.Create(0.5f));

    /// <summary>OKLCH (lightness 0..1, chroma about 0..0.37, hue in turns) to gamma-encoded sRGB, clipped.</summary>
    public static Rgb24 OklchToRgb(float lightness, float chroma, float hueTurns)
    {
        var (l, a, b) = OklchToOklab(lightness, chroma, hueTurns);
        return OklabToRgb(l, a, b);
    }

    public static Rgb24 OklabToRgb(float l, float a, float b)
    {
        var l_ = l + 0.3963377774f * a + 0.2158037573f * b;
        var m_ = l - 0.1055613458f * a - 0.0638541728f * b;
        var s_ = l - 0.0894841775f * a - 1.2914855480f * b;
        var l3 = l_ * l_ * l_;
        var m3 = m_ * m_ * m_;
        var s3 = s_ * s_ * s_;
        var r = 4.0767416621f * l3 - 3.3077115913f * m3 + 0.2309699292f * s3;
        var g = -1.2684380046f * l3 + 2.6097574011f * m3 - 0.3413193965f * s3;
        var bl = -0.0041960863f * l3 - 0.7034186147f * m3 + 1.7076147010f * s3;
        return Rgb24.FromUnit(LinearToSrgb(r), LinearToSrgb(g), LinearToSrgb(bl));
    }

    /// <summary>Gamma-encoded sRGB to OKLab (lightness 0..1, a and b about ±0.4): the inverse of <see cref="OklabToRgb"/>.</summary>
    public static (float L, float A, float B) RgbToOklab(Rgb24 color)
    {
        var r = SrgbToLinear(color.R / 255f);
        var g = SrgbToLinear(color.G / 255f);
        var b = SrgbToLinear(color.B / 255f);
        var l = Cbrt(0.4122214708f * r + 0.5363325363f * g + 0.0514459929f * b);
        var m = Cbrt(0.2119034982f * r + 0.6806995451f * g + 0.1073969566f * b);
        var s = Cbrt(0.0883024619f * r + 0.2817188376f * g + 0.6299787005f * b);
        return (
            0.2104542553f * l + 0.7936177850f * m - 0.0040720468f * s,
            1.9779984951f * l - 2.4285922050f * m + 0.4505937099f * s,
            0.0259040371f * l + 0.7827717662f * m - 0.8086757660f * s);
    }

    /// <summary>Perceptual interpolation: the OKLab colour a fraction <paramref name="t"/> of the way from a to b.</summary>
    public static (float L, float A, float B) LerpOklab((float L, float A, float B) a, (float L, float A, float B) b, float t) =>
        (DetMath.Lerp(a.L, b.L, t), DetMath.Lerp(a.A, b.A, t), DetMath.Lerp(a.B, b.B, t));

    /// <summary>OKLCH (hue in turns) to OKLab.</summary>
    public static (float L, float A, float B) OklchToOklab(float lightness, float chroma, float hueTurns)
    {
        var angle = DetMath.Fract(hueTurns) * DetMath.TwoPi;
        return (lightness, chroma * DetMath.Cos(angle), chroma * DetMath.Sin(angle));
    }

    public static float LinearToSrgb(float x)
    {
        x = DetMath.Clamp01(x);
        return x <= 0.0031308f ? 12.92f * x : 1.055f * Pow(x, 1f / 2.4f) - 0.055f;
    }

    public static float SrgbToLinear(float x) =>
        x <= 0.04045f ? x / 12.92f : Pow((x + 0.055f) / 1.055f, 2.4f);

    private static float Pow(float x, float y) => DetMath.Pow(x, y);

    /// <summary>Cube root of a non-negative value (the LMS responses of any sRGB colour are).</summary>
    private static float Cbrt(float x) => DetMath.Pow(x, 1f / 3f);
}
