using AsciiAssets.Registry;

namespace AsciiAssets.Shaders.Moods;

[Registered("glitch_art", "Broken signal: tearing bands, misplaced blocks and misregistered colour channels, new every few frames.")]
public sealed record GlitchArtMood(
    [Doc("Share of bands that tear sideways.")][Range(0, 1)] float GlitchBandsAmount = 0.3f,
    [Doc("Misplaced blocks per frame.")][Range(0, 64)] int BlockGlitchBlocks = 6,
    [Doc("How far red and blue slide apart, in pixels.")][Range(0, 64)] int ChannelShiftOffset = 4,
    [Doc("Contrast stretch.")][Range(0, 8)] float ContrastAmount = 1.2f) : Mood
{
    public override IReadOnlyList<ShaderParameters> Chain() =>
    [
        new ContrastShader(ContrastAmount),
        new ChannelShiftShader(ChannelShiftOffset),
        new GlitchBandsShader(Amount: GlitchBandsAmount),
        new BlockGlitchShader(Blocks: BlockGlitchBlocks),
    ];
}
