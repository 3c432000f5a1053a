using System.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose.BlendModes;

[Registered("linearlight", "Adds twice the layer and takes away white, a + 2b − 1, clipped: a dark layer burns, a light one adds light, hard.")]
public sealed record LinearLightBlend : BlendMode<LinearLightBlend.Lanes>
{
    public override int Blend(int bottom, int top) => Math.Clamp(bottom + 2 * top - 255, 0, 255);

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top)
        {
            var white = new Vector<ushort>(255);
            return Vector.Min(Vector.Max(bottom + top + top, white) - white, white);
        }
    }
}
