using System.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("lighten", "Keeps the lighter of the two, per channel.")]
public sealed record LightenBlend : BlendMode<LightenBlend.Lanes>
{
    public override int Blend(int bottom, int top) => Math.Max(bottom, top);

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top) => Vector.Max(bottom, top);
    }
}
