using System.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("add", "Adds the layer to what is below, clipped at white: glows and light.")]
public sealed record AddBlend : BlendMode<AddBlend.Lanes>
{
    public override int Blend(int bottom, int top) => Math.Min(bottom + top, 255);

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top) => Vector.Min(bottom + top, new Vector<ushort>(255));
    }
}
