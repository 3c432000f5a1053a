using System.Numerics;
using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("exclusion", "A softer difference, a + b − 2ab: black leaves what is below, white inverts it, greys wash it out.")]
public sealed record ExclusionBlend : BlendMode<ExclusionBlend.Lanes>
{
    public override int Blend(int bottom, int top) => bottom + top - 2 * Div255(bottom * top);

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top)
        {
            var product = ChannelLanes.MultiplyDiv255(bottom, top);
            return bottom + top - product - product;
        }
    }
}
