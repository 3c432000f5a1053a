using System.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("grain_merge", "What is below plus the layer, around mid-grey, a + b − ½, clipped: a mid-grey layer leaves it, the layer's detail is added in.")]
public sealed record GrainMergeBlend : BlendMode<GrainMergeBlend.Lanes>
{
    public override int Blend(int bottom, int top) => Math.Clamp(bottom + top - 128, 0, 255);

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top)
        {
            var half = new Vector<ushort>(128);
            return Vector.Min(Vector.Max(bottom + top, half) - half, new Vector<ushort>(255));
        }
    }
}
