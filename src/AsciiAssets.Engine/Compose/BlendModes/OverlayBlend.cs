using System.Numerics;
using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("overlay", "Contrast blend: multiplies where the base is dark, screens where it is light (2ab, or 1 − 2(1 − a)(1 − b)).")]
public sealed record OverlayBlend : BlendMode<OverlayBlend.Lanes>
{
    public override int Blend(int bottom, int top) =>
        bottom < 128 ? Div255(2 * bottom * top) : 255 - Div255(2 * (255 - bottom) * (255 - top));

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top)
        {
            // Both branches stay in range: 2a ≤ 254 when a < 128, and 2(255 − a) ≤ 254 when a ≥ 128.
            var white = new Vector<ushort>(255);
            var dark = ChannelLanes.MultiplyDiv255(bottom + bottom, top);
            var inverse = white - bottom;
            var light = white - ChannelLanes.MultiplyDiv255(inverse + inverse, white - top);
            return Vector.ConditionalSelect(Vector.LessThan(bottom, new Vector<ushort>(128)), dark, light);
        }
    }
}
