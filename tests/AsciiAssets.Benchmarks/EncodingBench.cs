using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using AsciiAssets.Encode;
using AsciiAssets.Encode.Outputs;
using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Spec;
using SkiaSharp;

namespace AsciiAssets.Benchmarks;

/// <summary>
/// What the viewer sees against what was rendered: each sample's frames (a window from the middle of the video, at
/// the chosen profile) rendered once to raw RGB, encoded with each candidate setting, decoded, and compared with the
/// rendered frames by ffmpeg's ssim and psnr filters in RGB. Reports encode fps, the encoder's CPU time per frame, bytes per second of video, SSIM (all
/// and per channel) and PSNR. Bytes and quality do not depend on the machine's load; fps does.
/// The web kinds' size budgets: the rate caps of `--caps` (Mbit/s at the profile's size) for mp4, VP9 and AV1; GIF and WebP are
/// decoded with SkiaSharp (ffmpeg 5 cannot read animated WebP) and compared at their own size and rate with the rendered frames thinned and scaled alike.
/// Each sample's grids follow the table (<see cref="GridGeometry"/>). `--only` (repeatable) keeps the settings whose name contains one of its texts.
/// Usage: dotnet run -c Release --project tests/AsciiAssets.Benchmarks -- encoding [--seconds 2] [--quality production] [--only text...] [--caps 4,8] [file.video.yaml...]
/// </summary>
public static partial class EncodingBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = BenchOptions.Number(args, "--seconds", 2.0);
        var quality = BenchOptions.Text(args, "--quality") is { } name ? Enum.Parse<QualityName>(name, ignoreCase: true) : QualityName.Production;
        var only = BenchOptions.Texts(args, "--only");
        var caps = BenchOptions.Text(args, "--caps")?.Split(',').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray() ?? Array.Empty<double>();
        var files = BenchOptions.Operands(args, "--seconds", "--quality", "--only", "--caps");
        if (files.Length == 0)
        {
            files = Directory.GetFiles(Path.Combine(BenchPaths.RepositoryRoot(), "sample-project", "videos"), "*.video.yaml").Order(StringComparer.Ordinal).ToArray();
        }

        var ffmpeg = FfmpegInstall.Locate(null);
        Console.WriteLine($"# Encoding bench: {quality}, {seconds:0.#} s from the middle of each video; {ffmpeg.Version()}");
        Console.WriteLine();
        Console.WriteLine("| sample | setting | encode fps | frames per encoder CPU second | encoder CPU ms per frame | bytes | Mbit/s | SSIM (RGB) | SSIM R / G / B | PSNR dB |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        var folder = Directory.CreateTempSubdirectory("ascii-assets-encoding-").FullName;
        var geometry = new List<string>();
        try
        {
            foreach (var file in files)
            {
                var plan = RenderPlanner.Plan(SpecLoader.Load(file), new RenderOptions(Quality: quality, OutputDirectory: folder));
                var frames = Math.Min(plan.FrameCount, (int)Math.Round(seconds * plan.Fps));
                var raw = Path.Combine(folder, "frames.rgb");
                Render(plan, (plan.FrameCount - frames) / 2, frames, raw);
                var sample = Path.GetFileName(file).Replace(".video.yaml", string.Empty, StringComparison.Ordinal);
                geometry.Add($"- {sample} at {plan.Width}x{plan.Height}: {GridGeometry.Describe(plan)}");
                foreach (var candidate in Candidates(plan, caps).Where(c => only.Length == 0 || only.Any(text => c.Name.Contains(text, StringComparison.Ordinal))))
                {
                    var encoded = Path.Combine(folder, "encoded" + candidate.Extension);
                    var rawInput = new[] { "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", $"{plan.Width}x{plan.Height}", "-framerate", Number(plan.Fps), "-i", raw };
                    var clock = Stopwatch.StartNew();
                    var cpuBefore = ChildrenCpuSeconds();
                    await FfmpegAsync(ffmpeg, new[] { "-v", "error", "-y" }.Concat(rawInput).Concat(candidate.Arguments).Append(encoded));
                    var fps = frames / clock.Elapsed.TotalSeconds;
                    var cpuSeconds = ChildrenCpuSeconds() - cpuBefore;
                    var bytes = new FileInfo(encoded).Length;
                    var bytesPerSecond = bytes / (frames / plan.Fps);
                    var compare = candidate.Image is { } image
                        ? await CompareImageAsync(ffmpeg, plan, encoded, image, rawInput, folder)
                        // The decoded frames go back to RGB the way a player does (BT.709, limited range, as tagged).
                        : await FfmpegAsync(ffmpeg, new[] { "-v", "info", "-nostats", "-i", encoded }.Concat(rawInput).Concat(new[]
                        {
                            "-lavfi", "[0:v]scale=in_color_matrix=bt709:in_range=tv,format=gbrp,split[d1][d2];[1:v]format=gbrp,split[r1][r2];[d1][r1]ssim;[d2][r2]psnr",
                            "-f", "null", "-",
                        }));
                    var ssim = SsimLine().Match(compare);
                    var psnr = PsnrLine().Match(compare);
                    string Ssim(string channel) => double.Parse(ssim.Groups[channel].Value, CultureInfo.InvariantCulture).ToString("0.0000", CultureInfo.InvariantCulture);
                    var decibels = psnr.Groups["all"].Value == "inf" ? "∞" : double.Parse(psnr.Groups["all"].Value, CultureInfo.InvariantCulture).ToString("0.0", CultureInfo.InvariantCulture);
                    Console.WriteLine($"| {sample} | {candidate.Name} | {fps:0.0} | {frames / cpuSeconds:0.0} | {cpuSeconds * 1000 / frames:0} | {bytes} | {bytesPerSecond * 8 / 1e6:0.00} | {Ssim("all")} | {Ssim("r")} / {Ssim("g")} / {Ssim("b")} | {decibels} |");
                    File.Delete(encoded);
                }

                File.Delete(raw);
            }

            Console.WriteLine();
            Console.WriteLine("Grids (odd sizes and origins marked: there cell edges fall inside 4:2:0's 2×2 chroma blocks):");
            geometry.ForEach(Console.WriteLine);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <param name="Image">For an animated image (GIF, WebP): its size and the frame step it keeps, to compare it at its own size.</param>
    private sealed record Candidate(string Name, string Extension, IReadOnlyList<string> Arguments, (ScaledSize Size, int Step)? Image = null);

    /// <summary>Today's settings for the profile first, then the alternatives measured against them.</summary>
    private static IEnumerable<Candidate> Candidates(RenderPlan plan, IReadOnlyList<double> caps)
    {
        var settings = EncodeSettings.From(plan, new Mp4Output().Cap(plan));
        string[] Yuv(string format) => new[] { "-vf", $"{VideoEncoder.Bt709Conversion},format={format}" };
        IEnumerable<string> X264(string preset, int crf, string format = "yuv420p", params string[] extra) =>
            Yuv(format).Concat(new[] { "-c:v", "libx264", "-preset", preset, "-crf", Number(crf), "-threads", "4" }).Concat(extra).Concat(new[] { "-pix_fmt", format }).Concat(VideoEncoder.Bt709Tags);
        IEnumerable<string> Vp9(int speed, int crf, string format = "yuv420p", params string[] extra) =>
            Yuv(format).Concat(new[] { "-c:v", "libvpx-vp9", "-row-mt", "1", "-deadline", "good", "-cpu-used", Number(speed), "-crf", Number(crf), "-b:v", "0", "-threads", "4" })
                .Concat(extra).Concat(new[] { "-pix_fmt", format }).Concat(VideoEncoder.Bt709Tags);

        yield return new Candidate($"mp4 today (x264 {plan.Profile.X264Preset}, CRF {plan.Profile.Crf}, capped at the budget)", ".mp4", settings.VideoArguments);
        yield return new Candidate("mp4 uncapped", ".mp4", EncodeSettings.From(plan).VideoArguments);
        yield return new Candidate("vp9 uncapped", ".webm", Encoder(new WebmOutput(MaxRate: 0).Track(plan)));
        yield return new Candidate("av1 uncapped", ".webm", Encoder(new WebmOutput(WebmCodec.Av1, MaxRate: 0).Track(plan)));
        foreach (var cap in caps)
        {
            // The caps are Mbit/s at the profile's size and rate, scaled like the budgets to the plan's.
            var rate = new SizeBudget(cap, cap, cap, cap).ForVideo(plan);
            yield return new Candidate($"mp4 cap {cap} Mbit/s", ".mp4", EncodeSettings.From(plan, rate).VideoArguments);
            yield return new Candidate($"vp9 cap {cap} Mbit/s", ".webm", Encoder(new WebmOutput(MaxRate: rate).Track(plan)));
            yield return new Candidate($"av1 cap {cap} Mbit/s", ".webm", Encoder(new WebmOutput(WebmCodec.Av1, MaxRate: rate).Track(plan)));
        }

        var gif = new GifOutput();
        yield return new Candidate("gif today (480 px, 12 fps, sierra)", ".gif", gif.EncodeArguments(plan), (ScaledSize.Of(plan, gif.Width), OutputWork.Step(plan.Fps, gif.Fps)));
        var webp = new WebpOutput();
        yield return new Candidate("webp today (640 px, 12 fps, quality 75)", ".webp", webp.EncodeArguments(plan), (ScaledSize.Of(plan, webp.Width), OutputWork.Step(plan.Fps, webp.Fps)));
        yield return new Candidate("x264 lossless 4:2:0 (chroma loss alone)", ".mp4", X264("ultrafast", 0, extra: new[] { "-qp", "0" }).ToArray());
        yield return new Candidate("x264 lossless 4:4:4 (ceiling)", ".mp4", X264("ultrafast", 0, "yuv444p", "-qp", "0").ToArray());
        foreach (var preset in new[] { "veryfast", "faster", "medium" })
        {
            foreach (var crf in new[] { 20, 23, 26 })
            {
                yield return new Candidate($"x264 {preset} CRF {crf}", ".mp4", X264(preset, crf).ToArray());
            }
        }

        yield return new Candidate("x264 medium CRF 23 tune animation", ".mp4", X264("medium", 23, extra: new[] { "-tune", "animation" }).ToArray());
        yield return new Candidate("x264 veryfast CRF 23 aq-mode 3", ".mp4", X264("veryfast", 23, extra: new[] { "-aq-mode", "3" }).ToArray());
        var webm = new WebmOutput().Track(plan);
        yield return new Candidate("webm today (" + string.Join(' ', webm.EncodeArguments.SkipWhile(a => a != "-c:v").Take(12)) + ")", ".webm", Encoder(webm));
        foreach (var crf in new[] { 32, 36, 40 })
        {
            yield return new Candidate($"vp9 cpu-used 4 CRF {crf} 4:2:0", ".webm", Vp9(4, crf).ToArray());
            yield return new Candidate($"vp9 cpu-used 4 CRF {crf} 4:4:4 (profile 1)", ".webm", Vp9(4, crf, "yuv444p").ToArray());
        }

        yield return new Candidate("vp9 cpu-used 4 CRF 36 4:4:4 tune-content screen", ".webm", Vp9(4, 36, "yuv444p", "-tune-content", "screen").ToArray());
        yield return new Candidate("vp9 cpu-used 6 CRF 36 4:4:4", ".webm", Vp9(6, 36, "yuv444p").ToArray());
        var av1 = new WebmOutput(WebmCodec.Av1).Track(plan);
        yield return new Candidate("av1 today (SVT-AV1 " + string.Join(' ', av1.EncodeArguments.SkipWhile(a => a != "-preset").Take(6)) + ")", ".webm", Encoder(av1));
    }

    /// <summary>A track's encoder arguments without its raw frames input (the bench gives its own).</summary>
    private static string[] Encoder(SegmentTrack track) => track.EncodeArguments.SkipWhile(a => a != "-vf").ToArray();

    /// <summary>
    /// SSIM and PSNR of an animated image against the rendered frames thinned to its rate and scaled to its size the
    /// way the kind does (Lanczos): its frames are decoded with SkiaSharp to raw RGB, each composed over the ones it builds on.
    /// </summary>
    private static async Task<string> CompareImageAsync(FfmpegInstall ffmpeg, RenderPlan plan, string encoded, (ScaledSize Size, int Step) image, string[] rawInput, string folder)
    {
        var decoded = Path.Combine(folder, "decoded.rgb");
        var (width, height) = (image.Size.Width, image.Size.Height);
        using (var codec = SKCodec.Create(encoded))
        using (var output = File.Create(decoded))
        {
            var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
            var frames = new List<SKBitmap>();
            for (var i = 0; i < codec.FrameCount; i++)
            {
                var bitmap = new SKBitmap(info);
                var required = codec.FrameInfo[i].RequiredFrame;
                if (required >= 0)
                {
                    frames[required].CopyTo(bitmap);
                }

                codec.GetPixels(info, bitmap.GetPixels(), new SKCodecOptions(i, required));
                frames.Add(bitmap);
                var rgba = bitmap.Bytes;
                var rgb = new byte[width * height * 3];
                for (var p = 0; p < width * height; p++)
                {
                    rgb[3 * p] = rgba[4 * p];
                    rgb[3 * p + 1] = rgba[4 * p + 1];
                    rgb[3 * p + 2] = rgba[4 * p + 2];
                }

                output.Write(rgb);
            }

            frames.ForEach(f => f.Dispose());
        }

        var rate = plan.Fps / image.Step;
        var reference = $"[1:v]{OutputWork.Select(image.Step)}setpts=N/({Number(rate)}*TB),{image.Size.Filter(plan)}format=gbrp,split[r1][r2]";
        var result = await FfmpegAsync(ffmpeg, new[] { "-v", "info", "-nostats", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", $"{width}x{height}", "-framerate", Number(rate), "-i", decoded }.Concat(rawInput).Concat(new[]
        {
            "-lavfi", $"[0:v]format=gbrp,split[d1][d2];{reference};[d1][r1]ssim;[d2][r2]psnr", "-f", "null", "-",
        }));
        File.Delete(decoded);
        return result;
    }

    private static void Render(RenderPlan plan, int first, int frames, string rawPath)
    {
        using var renderer = new FrameRenderer(plan);
        using var frame = new FrameBuffer(plan.Width, plan.Height);
        using var raw = File.Create(rawPath);
        for (var f = first; f < first + frames; f++)
        {
            renderer.Render(f, frame);
            raw.Write(frame.Array, 0, frame.Length);
        }
    }

    private static async Task<string> FfmpegAsync(FfmpegInstall ffmpeg, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(ffmpeg.ExecutablePath) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg failed ({process.ExitCode}): {error}");
        }

        return error;
    }

    /// <summary>
    /// CPU time (user and system) of every child process that has been waited for. Unlike the wall time it hardly
    /// depends on what else the machine runs, so encoders can be compared on a busy machine.
    /// </summary>
    private static double ChildrenCpuSeconds()
    {
        if (!OperatingSystem.IsLinux() || getrusage(RusageChildren, out var usage) != 0)
        {
            return double.NaN;
        }

        return usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6;
    }

    private const int RusageChildren = -1;

    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;

        // The rest of struct rusage (14 longs), unread.
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
        public long[] Rest;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out ResourceUsage usage);

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"SSIM R:(?<r>[\d.]+) \([^)]*\) G:(?<g>[\d.]+) \([^)]*\) B:(?<b>[\d.]+) \([^)]*\) All:(?<all>[\d.]+)")]
    private static partial Regex SsimLine();

    [GeneratedRegex(@"PSNR .*average:(?<all>[\d.]+|inf)")]
    private static partial Regex PsnrLine();
}
