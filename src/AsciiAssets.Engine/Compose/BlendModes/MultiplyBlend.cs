using System.Numerics;
using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("multiply", "Darkens like stacked filters: a · b; white keeps what is below, black gives black. The layer's glyphs are ink on white paper, so only the ink darkens.")]
public sealed record MultiplyBlend : BlendMode<MultiplyBlend.Lanes>
{
    public override int Blend(int bottom, int top) => Div255(bottom * top);

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top) => ChannelLanes.MultiplyDiv255(bottom, top);
    }
}
