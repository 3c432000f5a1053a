using System.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("difference", "Absolute difference |a − b|: identical colours go black.")]
public sealed record DifferenceBlend : BlendMode<DifferenceBlend.Lanes>
{
    public override int Blend(int bottom, int top) => Math.Abs(bottom - top);

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top) => Vector.Max(bottom, top) - Vector.Min(bottom, top);
    }
}
