using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("blocks_ext", "Partial blocks in eighths and quadrants, for fine steps on coarse grids.")]
public sealed record BlocksExtPalette : CharacterPalette
{
    public override string Characters => " ▏▎▍▌▋▊▉█▁▂▃▄▅▆▇▖▗▘▝▚▞▙▛▜▟▀▐";
}
