using System.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("normal", "The layer covers what is below it (mixed by opacity).")]
public sealed record NormalBlend : BlendMode<NormalBlend.Lanes>
{
    public override int Blend(int bottom, int top) => top;

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top) => top;
    }
}
