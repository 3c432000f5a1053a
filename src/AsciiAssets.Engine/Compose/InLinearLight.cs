using AsciiAssets.Numerics;

namespace AsciiAssets.Compose;

/// <summary>Where a layer's blend mode does its arithmetic: on the sRGB-encoded values (as image editors do) or on linear light.</summary>
public enum BlendSpace
{
    Srgb,
    Linear,
}

/// <summary>
/// A blend mode applied to linear light: both values decoded from sRGB, blended, encoded again. Its scalar form is all
/// the compositor needs (it tabulates it), and whether black or white leaves the bottom unchanged follows from it as
/// for any mode. The mode is defined on whole 0..255 values, so it is read between them by bilinear interpolation:
/// decoded darks fall between the whole values of linear light.
/// </summary>
internal sealed record InLinearLight(BlendMode Mode) : BlendMode
{
    private static readonly float[] Linear = Enumerable.Range(0, 256).Select(v => ColorSpaces.SrgbToLinear(v / 255f) * 255f).ToArray();

    public override int Blend(int bottom, int top)
    {
        var (b, t) = (Linear[bottom], Linear[top]);
        var (b0, t0) = (Math.Min((int)b, 254), Math.Min((int)t, 254));
        var (fb, ft) = (b - b0, t - t0);
        var low = Mode.Blend(b0, t0) + (Mode.Blend(b0 + 1, t0) - Mode.Blend(b0, t0)) * fb;
        var high = Mode.Blend(b0, t0 + 1) + (Mode.Blend(b0 + 1, t0 + 1) - Mode.Blend(b0, t0 + 1)) * fb;
        var blended = low + (high - low) * ft;
        return (int)MathF.Round(ColorSpaces.LinearToSrgb(blended / 255f) * 255f);
    }
}
