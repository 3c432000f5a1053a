using System.Globalization;
using AsciiAssets.Plan;

namespace AsciiAssets.Encode;

/// <summary>H.264 settings for one output: the plan's encoder with the BT.709 conversion and tags, quality from the profile's CRF and preset.</summary>
/// <param name="MaxRate">The rate cap in Mbit/s (the MP4's size budget), or null for the CRF alone.</param>
public sealed record EncodeSettings(int Width, int Height, double Fps, int Crf, string Preset, VideoEncoder Encoder, double? MaxRate = null)
{
    public static EncodeSettings From(RenderPlan plan, double? maxRate = null) =>
        new(plan.Width, plan.Height, plan.Fps, plan.Profile.Crf, plan.Profile.X264Preset, plan.Encoder, maxRate);

    /// <summary>What goes before the input (the encoder's device, if it needs one).</summary>
    public IReadOnlyList<string> InputArguments => Encoder.InputArguments;

    /// <summary>What goes after the input: see <see cref="VideoEncoder.VideoArguments"/>.</summary>
    public IReadOnlyList<string> VideoArguments => Encoder.VideoArguments(Crf, Preset, Cap);

    /// <summary>The same with <paramref name="filters"/> (each followed by a comma) ahead of the conversion.</summary>
    public IReadOnlyList<string> VideoArgumentsAfter(string filters) => Encoder.VideoArguments(Crf, Preset, Cap, filters);

    private string? Cap => MaxRate is { } rate ? Outputs.SizeBudget.Kbit(rate) : null;

    /// <summary>The raw rgb24 frames of this size and rate, read from standard input.</summary>
    public IReadOnlyList<string> RawFramesInput => RawInput("rgb24");

    /// <summary>The raw straight-alpha RGBA frames of a transparent spec (<see cref="Frames.FrameBuffer.PackStraightRgba"/>), for the tracks that keep alpha.</summary>
    public IReadOnlyList<string> AlphaFramesInput => RawInput("rgba");

    private string[] RawInput(string pixelFormat) => new[]
    {
        "-f", "rawvideo", "-pix_fmt", pixelFormat, "-s", $"{Width}x{Height}", "-framerate", FpsText, "-i", "pipe:0",
    };

    public string FpsText => Fps.ToString("0.###", CultureInfo.InvariantCulture);
}
