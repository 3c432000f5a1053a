using System.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("darken", "Keeps the darker of the two, per channel. The layer's glyphs are ink on white paper, so only the ink darkens.")]
public sealed record DarkenBlend : BlendMode<DarkenBlend.Lanes>
{
    public override int Blend(int bottom, int top) => Math.Min(bottom, top);

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top) => Vector.Min(bottom, top);
    }
}
