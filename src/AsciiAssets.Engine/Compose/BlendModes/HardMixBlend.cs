using System.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("hardmix", "Posterizes to the eight primary colours: each channel is white where a + b reaches white, else black.")]
public sealed record HardMixBlend : BlendMode<HardMixBlend.Lanes>
{
    public override int Blend(int bottom, int top) => bottom + top >= 255 ? 255 : 0;

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top)
        {
            var white = new Vector<ushort>(255);
            return Vector.ConditionalSelect(Vector.GreaterThanOrEqual(bottom + top, white), white, Vector<ushort>.Zero);
        }
    }
}
