using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Transitions;

[Registered("dissolve", "The incoming scene appears block by block in a random order (the seed's): by default one character cell of its first layer at a time.")]
public sealed record DissolveTransition(
    [Doc("Block size in pixels; 0 takes the incoming scene's character cells, so whole characters swap.")][Range(0, 256)][NotBindable("the order map is computed once")] int Block = 0) : ThresholdTransition
{
    protected override float Order(int x, int y, TransitionSetup setup)
    {
        var (column, row) = Block > 0 ? (x / Block, y / Block) : setup.Cells.Of(x, y);
        return Hash.Unit(setup.Seed, (uint)column, (uint)row);
    }
}
