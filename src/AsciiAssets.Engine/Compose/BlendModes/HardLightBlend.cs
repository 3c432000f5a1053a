using System.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("hardlight", "Overlay with the roles swapped: the layer decides, multiplying where it is dark and screening where it is light.")]
public sealed record HardLightBlend : BlendMode<HardLightBlend.Lanes>
{
    private static readonly OverlayBlend Overlay = new();

    public override int Blend(int bottom, int top) => Overlay.Blend(top, bottom);

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top) => OverlayBlend.Lanes.Blend(top, bottom);
    }
}
