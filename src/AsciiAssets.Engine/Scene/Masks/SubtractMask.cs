using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Masks;

[Registered("subtract", "Shows what one mask shows and another does not (coverage × (1 − the other's)).")]
public sealed record SubtractMask(
    [Doc("The mask to cut from.")] MaskParameters Mask,
    [Doc("The mask cut away.")] MaskParameters Minus) : MaskParameters
{
    public override IMask Create(MaskSetup setup) =>
        new CombinedMask([Mask.Create(setup), Minus.Create(setup)], setup.Grid.CellCount, static (kept, cut) => kept * (1f - cut));
}
