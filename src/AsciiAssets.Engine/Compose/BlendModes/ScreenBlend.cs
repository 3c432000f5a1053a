using System.Numerics;
using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("screen", "Brightens like two projectors on one screen: 1 − (1 − a)(1 − b); never darker than either.")]
public sealed record ScreenBlend : BlendMode<ScreenBlend.Lanes>
{
    public override int Blend(int bottom, int top) => bottom + top - Div255(bottom * top);

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top) => bottom + top - ChannelLanes.MultiplyDiv255(bottom, top);
    }
}
