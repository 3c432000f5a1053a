using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Masks;

[Registered("intersect", "Shows what all of its masks show (the smallest coverage).")]
public sealed record IntersectMask(
    [Doc("The masks.")] IReadOnlyList<MaskParameters> Masks) : MaskParameters
{
    public override IMask Create(MaskSetup setup) => new CombinedMask(Masks.Select(m => m.Create(setup)).ToArray(), setup.Grid.CellCount, MathF.Min);
}
