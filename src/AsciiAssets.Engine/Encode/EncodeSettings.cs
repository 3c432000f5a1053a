using System.Globalization;
using AsciiAssets.Plan;

namespace AsciiAssets.Encode;

/// <summary>H.264 settings for one output: libx264, yuv420p, BT.709 conversion and tags, CRF and preset from the profile.</summary>
public sealed record EncodeSettings(int Width, int Height, double Fps, int Crf, string Preset)
{
    public static EncodeSettings From(RenderPlan plan) =>
        new(plan.Width, plan.Height, plan.Fps, plan.Profile.Crf, plan.Profile.X264Preset);

    /// <summary>
    /// swscale converts RGB with BT.601 unless told otherwise; converting with BT.709 and tagging it so
    /// is what makes browsers show the colours we rendered.
    /// </summary>
    public string VideoArguments => string.Join(' ',
        "-vf scale=out_color_matrix=bt709:out_range=tv,format=yuv420p",
        "-c:v libx264",
        $"-preset {Preset}",
        $"-crf {Crf.ToString(CultureInfo.InvariantCulture)}",
        "-pix_fmt yuv420p",
        "-colorspace bt709 -color_primaries bt709 -color_trc bt709 -color_range tv");

    public string FpsText => Fps.ToString("0.###", CultureInfo.InvariantCulture);
}
