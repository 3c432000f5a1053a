namespace AsciiAssets.Encode;

/// <summary>
/// An H.264 encoder ffmpeg can use, and the one place that knows its arguments. The quality arguments come from the
/// profile's CRF (libx264 also takes its preset). Every encoder gets the same BT.709 conversion and tags.
/// </summary>
public sealed class VideoEncoder
{
    /// <summary>
    /// swscale converts RGB with BT.601 unless told otherwise; converting with BT.709 and tagging it so
    /// is what makes browsers show the colours we rendered.
    /// </summary>
    internal const string Bt709Conversion = "scale=out_color_matrix=bt709:out_range=tv";

    internal static readonly string[] Bt709Tags = { "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv" };

    /// <summary>The pixel format the encoder takes from the filter chain.</summary>
    private readonly string _frameFormat;

    private readonly Func<int, string, string?, string[]> _quality;

    /// <summary>A filter that moves the converted frames onto the encoder's device; empty for encoders that read memory.</summary>
    private readonly string _upload;

    private VideoEncoder(string name, string frameFormat, Func<int, string, string?, string[]> quality, string[]? inputArguments = null, string upload = "")
    {
        Name = name;
        _frameFormat = frameFormat;
        _quality = quality;
        InputArguments = inputArguments ?? Array.Empty<string>();
        _upload = upload;
    }

    /// <summary>
    /// x264's output depends on its thread count, which it otherwise takes from the machine's cores: a fixed count
    /// makes a spec encode to the same bytes on every machine, so segments can be shared through a cache.
    /// </summary>
    public const int X264Threads = 4;

    /// <summary>
    /// With a cap, CRF with a one-second VBV buffer ("capped CRF"): x264 keeps the CRF where the content needs fewer bits.
    /// The capped encoder runs on one thread, because x264's VBV with frame threads writes different bytes on every run
    /// (3 encodes of the same frames, 3 files; sliced threads and one lookahead thread did not help), and on one thread it
    /// does not. Segments are encoded in parallel anyway, and one thread costs 1–11 % more CPU per frame than four at
    /// the same bytes (docs/benchmarks.md, "Size budgets").
    /// </summary>
    public static readonly VideoEncoder Libx264 = new("libx264", "yuv420p", (crf, preset, cap) =>
        new[] { "-preset", preset, "-crf", Number(crf) }
            .Concat(cap is null ? new[] { "-threads", Number(X264Threads) } : new[] { "-maxrate", cap, "-bufsize", cap, "-threads", "1" })
            .ToArray());

    public static readonly VideoEncoder Nvenc = new("h264_nvenc", "yuv420p", (crf, _, _) => new[] { "-preset", "p5", "-tune", "hq", "-rc", "vbr", "-cq", Number(crf), "-b:v", "0" });

    /// <summary>Quick Sync takes nv12, not yuv420p.</summary>
    public static readonly VideoEncoder Qsv = new("h264_qsv", "nv12", (crf, _, _) => new[] { "-global_quality", Number(crf), "-look_ahead", "0" });

    /// <summary>VAAPI encodes surfaces on the device: the converted frames are uploaded to it.</summary>
    public static readonly VideoEncoder Vaapi = new("h264_vaapi", "nv12", (crf, _, _) => new[] { "-qp", Number(crf) },
        inputArguments: new[] { "-vaapi_device", "/dev/dri/renderD128" }, upload: "hwupload");

    public static readonly VideoEncoder VideoToolbox = new("h264_videotoolbox", "yuv420p", (crf, _, _) => new[] { "-q:v", Number(VideoToolboxQuality(crf)) });

    public static readonly VideoEncoder Amf = new("h264_amf", "yuv420p", (crf, _, _) => new[] { "-rc", "cqp", "-qp_i", Number(crf), "-qp_p", Number(crf) });

    /// <summary>The hardware encoders in the order 'auto' tries them.</summary>
    public static readonly IReadOnlyList<VideoEncoder> Hardware = new[] { Nvenc, Qsv, Vaapi, VideoToolbox, Amf };

    public static readonly IReadOnlyList<VideoEncoder> All = new[] { Libx264 }.Concat(Hardware).ToArray();

    /// <summary>ffmpeg's name for the encoder, as `-encoders` lists it and `-c:v` takes it.</summary>
    public string Name { get; }

    public bool IsHardware => this != Libx264;

    /// <summary>Global options that must come before the input, e.g. the device to open.</summary>
    public IReadOnlyList<string> InputArguments { get; }

    /// <summary>Everything after the input: conversion, encoder, quality, pixel format and colour tags.</summary>
    /// <param name="maxRate">A rate cap as ffmpeg takes it ("4000k"), or null for the CRF alone; libx264 only (the hardware
    /// encoders' rate controls differ per vendor and could not be tried here: they keep their constant quality).</param>
    /// <param name="inputFilters">Filters ahead of the conversion, each followed by a comma (flattening alpha onto a matte).</param>
    public IReadOnlyList<string> VideoArguments(int crf, string preset, string? maxRate = null, string inputFilters = "")
    {
        var conversion = $"{inputFilters}{Bt709Conversion},format={_frameFormat}";
        var filters = _upload.Length == 0 ? conversion : $"{conversion},{_upload}";
        var arguments = new List<string> { "-vf", filters, "-c:v", Name };
        arguments.AddRange(_quality(crf, preset, maxRate));
        // Uploaded frames are in the device's own format, so only frames in memory are given a pixel format.
        if (_upload.Length == 0)
        {
            arguments.AddRange(new[] { "-pix_fmt", _frameFormat });
        }

        arguments.AddRange(Bt709Tags);
        return arguments;
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// VideoToolbox's -q:v runs from 1 (worst) to 100 (best); CRF from 51 (worst) to 0 (best). 100 − 2·CRF puts the
    /// profiles' CRF 28, 25, 20 and 15 at 44, 50, 60 and 70, around Apple's "good" middle of the scale.
    /// </summary>
    public static int VideoToolboxQuality(int crf) => Math.Clamp(100 - 2 * crf, 1, 100);

    public static VideoEncoder? Named(string name) =>
        All.FirstOrDefault(encoder => string.Equals(encoder.Name, name, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Name;
}
