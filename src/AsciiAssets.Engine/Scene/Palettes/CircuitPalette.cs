using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Palettes;

[Registered("circuit", "Circuit-board traces: stubs, wires, corners, junctions and pads.")]
public sealed record CircuitPalette : CharacterPalette
{
    public override string Characters => " ·∙╴╶╵╷─│┌┐└┘├┤┬┴┼○◦●═║╬";
}
