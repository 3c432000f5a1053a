using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Moods;

[Registered("data_corruption", "A damaged file: bytes slipping into false colours, bright runs pixel-sorted, blocks out of place and a little snow.")]
public sealed record DataCorruptionMood(
    [Doc("Share of bands whose bytes slip.")][Range(0, 1)] float DataBendAmount = 0.35f,
    [Doc("Luma above which pixels are sorted; lower sorts longer runs.")][Range(0, 254)] int PixelSortThreshold = 120,
    [Doc("Misplaced blocks per frame.")][Range(0, 64)] int BlockGlitchBlocks = 10,
    [Doc("Snow mixed in.")][Range(0, 1)] float StaticAmount = 0.06f) : Mood
{
    public override IReadOnlyList<ShaderParameters> Chain() =>
    [
        new PixelSortShader(PixelSortThreshold),
        new DataBendShader(Amount: DataBendAmount),
        new BlockGlitchShader(Blocks: BlockGlitchBlocks),
        new StaticShader(StaticAmount),
    ];
}
