using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Masks;

[Registered("union", "Shows what any of its masks shows (the largest coverage).")]
public sealed record UnionMask(
    [Doc("The masks.")] IReadOnlyList<MaskParameters> Masks) : MaskParameters
{
    public override IMask Create(MaskSetup setup) => new CombinedMask(Masks.Select(m => m.Create(setup)).ToArray(), setup.Grid.CellCount, MathF.Max);
}
