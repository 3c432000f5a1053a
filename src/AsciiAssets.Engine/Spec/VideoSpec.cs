using AsciiAssets.Encode.Outputs;
using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Spec;

/// <summary>One spec file = one video. The record is also the definition the validator, the JSON Schema and the docs read.</summary>
public sealed record VideoSpec(
    [Doc("The scene table: consecutive time ranges that together cover the whole video.")] IReadOnlyList<SceneSpec> Scenes,
    [Doc("Output file name without extension; defaults to the spec's name without .video.yaml.")] string? Output = null,
    [Doc("Container and codec of the output.")] OutputFormat Format = OutputFormat.Mp4,
    [Doc("What the spec delivers, each an output kind with its own settings (mp4, webm, gif, webp, png, poster, spritesheet, html); the frames are rendered once for all of them. Defaults to the MP4 alone.")] IReadOnlyList<OutputKind>? Outputs = null,
    [Doc("What lies behind the layers: opaque (black, the default) or transparent (unlit cells transparent, glyph coverage as alpha) for overlays; webm (vp9), mov, png, a png poster and spritesheet keep the alpha, other kinds show the frames over black.")] Background Background = Background.Opaque,
    [Doc("WIDTHxHEIGHT (pinned) or a preset (landscape, portrait, square, ultrawide, landscape4k, portrait4k) that the quality profile scales.")] SizeValue? Size = null,
    [Doc("Frames per second; when absent the quality profile decides.")][Range(1, 120)] double? Fps = null,
    [Doc("Length of the video; defaults to the end of the last scene.")] TimeValue? Duration = null,
    [Doc("Quality profile: draft, preview, production, max or auto (the default).")] QualityName? Quality = null,
    [Doc("Seed of every random choice; the same seed gives the same frames.")][Range(0, int.MaxValue)] int Seed = 0,
    [Doc("An audio file muxed into the output as AAC 192k, cut to the video's length.")][Media(MediaKind.Audio)] InputFile? Audio = null,
    [Doc("H.264 constant rate factor; lower is better and larger. When absent the quality profile decides (28 draft … 15 max).")][Range(0, 51)] int? Crf = null,
    [Doc("x264 speed preset; slower compresses better. When absent the quality profile decides.")] X264Preset? Preset = null,
    [Doc("Beats per minute of the synthetic audio features used when the spec has no audio: beats, beat decay and simple band envelopes on a 4/4 grid.")][Range(20, 400)] double Tempo = 120);

/// <summary>What lies behind a spec's layers.</summary>
public enum Background
{
    /// <summary>Black: every pixel is opaque.</summary>
    Opaque,

    /// <summary>Nothing: the frames carry alpha, and outputs that cannot hold it show them over black.</summary>
    Transparent,
}

/// <summary>x264's speed presets, fastest first.</summary>
public enum X264Preset
{
    Ultrafast,
    Superfast,
    Veryfast,
    Faster,
    Fast,
    Medium,
    Slow,
    Slower,
    Veryslow,
}

public enum OutputFormat
{
    Mp4,
}
