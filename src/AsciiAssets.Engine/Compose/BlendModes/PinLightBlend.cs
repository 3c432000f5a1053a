using System.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("pinlight", "Darken by the dark half of the layer, lighten by the light half: the layer's extremes replace what is below, its greys leave it.")]
public sealed record PinLightBlend : BlendMode<PinLightBlend.Lanes>
{
    public override int Blend(int bottom, int top) =>
        top < 128 ? Math.Min(bottom, 2 * top) : Math.Max(bottom, 2 * top - 255);

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top)
        {
            // The light branch's 2b − 255 wraps around for dark lanes, which the select drops.
            var twice = top + top;
            var dark = Vector.Min(bottom, twice);
            var light = Vector.Max(bottom, twice - new Vector<ushort>(255));
            return Vector.ConditionalSelect(Vector.LessThan(top, new Vector<ushort>(128)), dark, light);
        }
    }
}
