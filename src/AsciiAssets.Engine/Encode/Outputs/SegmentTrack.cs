using System.Globalization;
using AsciiAssets.Plan;
using AsciiAssets.Spec;

namespace AsciiAssets.Encode.Outputs;

/// <summary>
/// What every segment is encoded to for the output kinds that share it: the H.264 segments of the MP4, the VP9 or
/// AV1 segments of a WebM, or lossless RGB (FFV1) frames that every image kind is made from. A spec's frames are
/// rendered once and written to each track it needs; each track's segments are cached under their own key.
/// </summary>
/// <param name="Name">Short name for temporary files and messages.</param>
/// <param name="Extension">The container of a segment file, with its dot.</param>
/// <param name="EncodeArguments">Everything between ffmpeg's progress options and the output: the raw frames input and the encoder.</param>
/// <param name="KeyPart">What the track adds to the segment's cache key; empty for the uncapped H.264 track, whose keys predate tracks.</param>
public sealed record SegmentTrack(string Name, string Extension, IReadOnlyList<string> EncodeArguments, string KeyPart)
{
    /// <summary>
    /// The encoder's memory in frames of the video's size (6.2 MB at 1080p), for the worker budget: the peak resident
    /// size of the whole ffmpeg process fed raw 1080p frames (ffmpeg 5.1, 2026-12-01): x264 medium 496 MB, VP9 4:4:4
    /// at cpu-used 4 539 MB, VP9 with alpha 671 MB, SVT-AV1 preset 8 564 MB (on 2 cores; SVT-AV1 grows with the
    /// cores it uses), FFV1 level 3 with 4 slices 397 MB, ProRes 4444 with 4 threads 375 MB. Each kind's track states its own.
    /// </summary>
    public int MemoryFrames { get; init; } = 80;

    /// <summary>
    /// True when the track keeps a transparent spec's alpha: its ffmpeg reads straight RGBA. Every other track reads
    /// the rgb24 frames, which are the premultiplied colours, that is the frames composited over black.
    /// </summary>
    public bool Alpha { get; init; }

    /// <summary>The name of the MP4's own H.264 track (an MP4 on a matte is another track).</summary>
    public const string H264Name = "mp4";

    /// <param name="maxRate">The rate cap in Mbit/s, or null for the CRF alone (see <see cref="VideoEncoder.Libx264"/>).</param>
    public static SegmentTrack H264(RenderPlan plan, double? maxRate)
    {
        var settings = EncodeSettings.From(plan, maxRate);
        var arguments = settings.InputArguments.Concat(settings.RawFramesInput).Concat(settings.VideoArguments).ToArray();
        // The segment keys name the uncapped encoder; a capped one adds its arguments, as the other tracks do.
        return new SegmentTrack(H264Name, ".mp4", arguments, maxRate is null ? string.Empty : "mp4 " + string.Join(' ', arguments));
    }

    /// <summary>
    /// H.264 of a transparent spec flattened onto <paramref name="matte"/>: the straight RGBA frames composited over the
    /// colour by ffmpeg (<see cref="Flatten"/>) ahead of the usual conversion, cached under its own key.
    /// </summary>
    public static SegmentTrack H264OnMatte(RenderPlan plan, RgbColor matte, double? maxRate)
    {
        var settings = EncodeSettings.From(plan, maxRate);
        var arguments = settings.InputArguments.Concat(settings.AlphaFramesInput).Concat(settings.VideoArgumentsAfter(Flatten(plan, matte))).ToArray();
        return new SegmentTrack("mp4matte", ".mp4", arguments, "mp4 " + string.Join(' ', arguments)) { Alpha = true };
    }

    /// <summary>
    /// Lossless planar RGB, every frame a keyframe, so the image kinds (GIF, WebP, PNG, poster, sprite sheets) see
    /// exactly the rendered pixels and can seek to any frame. FFV1 at a fixed slice and thread count gives the same bytes everywhere.
    /// A transparent spec's frames keep their alpha here (straight RGBA as planar gbrap); the kinds that cannot
    /// carry it composite them over black or their matte first (<see cref="Flatten"/>).
    /// </summary>
    public static SegmentTrack LosslessFrames(RenderPlan plan)
    {
        var settings = EncodeSettings.From(plan);
        var (input, format) = plan.Transparent ? (settings.AlphaFramesInput, "gbrap") : (settings.RawFramesInput, "gbrp");
        var arguments = input.Concat(new[] { "-c:v", "ffv1", "-level", "3", "-g", "1", "-slices", "4", "-threads", "4", "-pix_fmt", format }).ToArray();
        return new SegmentTrack("frames", ".mkv", arguments, "frames " + string.Join(' ', arguments)) { MemoryFrames = 65, Alpha = plan.Transparent };
    }

    /// <summary>
    /// The filters, each followed by a comma, that composite a transparent spec's straight RGBA frames over black
    /// (premultiplied colour is the colour over black) or over <paramref name="matte"/>, for a kind that shows them
    /// opaque; nothing for an opaque spec. Over a matte m each channel is c·a + m·(1 − a): premultiply gives c·a, the
    /// inverted alpha is 1 − a, and the channel mixer adds m times it (its alpha coefficients).
    /// </summary>
    public static string Flatten(RenderPlan plan, RgbColor? matte)
    {
        if (!plan.Transparent)
        {
            return string.Empty;
        }

        if (matte is not { } m)
        {
            return "premultiply=inplace=1,format=rgb24,";
        }

        var share = (byte channel) => (channel / 255.0).ToString("0.######", CultureInfo.InvariantCulture);
        return $"format=gbrap,premultiply=inplace=1,lutrgb=a=negval,colorchannelmixer=ra={share(m.R)}:ga={share(m.G)}:ba={share(m.B)},format=rgb24,";
    }

    /// <summary>The cache key of this track's file of a segment whose H.264 key is <paramref name="segmentKey"/>.</summary>
    public string KeyOf(string segmentKey) =>
        KeyPart.Length == 0 ? segmentKey : Caching.SegmentKeys.Hash(segmentKey + "\ntrack=" + KeyPart);
}
