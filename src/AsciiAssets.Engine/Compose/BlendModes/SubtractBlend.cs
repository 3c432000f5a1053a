using System.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("subtract", "Subtracts the layer from what is below, clipped at black.")]
public sealed record SubtractBlend : BlendMode<SubtractBlend.Lanes>
{
    public override int Blend(int bottom, int top) => Math.Max(bottom - top, 0);

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top) => bottom - Vector.Min(bottom, top);
    }
}
