using System.Runtime.Intrinsics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("overlay", "Contrast blend: multiplies where the base is dark, screens where it is light (2ab, or 1 − 2(1 − a)(1 − b)).")]
public sealed record OverlayBlend : BlendMode
{
    private static readonly Vector256<ushort> Half = Vector256.Create((ushort)128);

    public override Vector256<ushort> Blend(Vector256<ushort> bottom, Vector256<ushort> top)
    {
        // Both branches stay in range: 2a ≤ 254 when a < 128, and 2(255 − a) ≤ 254 when a ≥ 128.
        var dark = MultiplyDiv255(bottom + bottom, top);
        var inverse = Max - bottom;
        var light = Max - MultiplyDiv255(inverse + inverse, Max - top);
        return Vector256.ConditionalSelect(Vector256.LessThan(bottom, Half), dark, light);
    }
}
