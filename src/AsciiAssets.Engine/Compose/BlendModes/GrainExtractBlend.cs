using System.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("grain_extract", "What is below minus the layer, around mid-grey, a − b + ½, clipped: a mid-grey layer leaves it, the layer's detail is taken out.")]
public sealed record GrainExtractBlend : BlendMode<GrainExtractBlend.Lanes>
{
    public override int Blend(int bottom, int top) => Math.Clamp(bottom - top + 128, 0, 255);

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top)
        {
            var raised = bottom + new Vector<ushort>(128);
            return Vector.Min(Vector.Max(raised, top) - top, new Vector<ushort>(255));
        }
    }
}
