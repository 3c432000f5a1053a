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

    /// <summary>OKLCH (lightness 0..1, chroma about 0..0.37, hue in turns) to gamma-encoded sRGB, clipped.</summary>
    public static Rgb24 OklchToRgb(float lightness, float chroma, float hueTurns)
    {
        var angle = DetMath.Fract(hueTurns) * DetMath.TwoPi;
        return OklabToRgb(lightness, chroma * DetMath.Cos(angle), chroma * DetMath.Sin(angle));
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

    public static float LinearToSrgb(float x)
    {
        x = DetMath.Clamp01(x);
        return x <= 0.0031308f ? 12.92f * x : 1.055f * Pow(x, 1f / 2.4f) - 0.055f;
    }

    public static float SrgbToLinear(float x) =>
        x <= 0.04045f ? x / 12.92f : Pow((x + 0.055f) / 1.055f, 2.4f);

    private static float Pow(float x, float y) => DetMath.Pow(x, y);
}
