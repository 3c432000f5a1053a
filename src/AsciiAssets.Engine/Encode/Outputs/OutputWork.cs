using System.Globalization;
using AsciiAssets.Diagnostics;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;

namespace AsciiAssets.Encode.Outputs;

/// <summary>What an output kind is written from: the plan, the job's encoded segments per track, the brightness samples and the job's other outputs.</summary>
public sealed class OutputWork(
    FfmpegInstall ffmpeg,
    RenderPlan plan,
    IReadOnlyList<OutputKind> outputs,
    BrightnessCheck brightness,
    Func<SegmentTrack, IReadOnlyList<(string Path, double Seconds)>> segments)
{
    public FfmpegInstall Ffmpeg { get; } = ffmpeg;

    public RenderPlan Plan { get; } = plan;

    /// <summary>Every output of the spec (this run may write only some), for the HTML snippet that names its siblings.</summary>
    public IReadOnlyList<OutputKind> Outputs { get; } = outputs;

    public BrightnessCheck Brightness { get; } = brightness;

    public IReadOnlyList<(string Path, double Seconds)> Segments(SegmentTrack track) => segments(track);

    private readonly List<Diagnostic> _warnings = new();

    /// <summary>What the kinds found about files that passed their check (AA2030), for the run to report.</summary>
    public IReadOnlyList<Diagnostic> Warnings
    {
        get
        {
            lock (_warnings)
            {
                return _warnings.ToArray();
            }
        }
    }

    /// <summary>
    /// Warns (AA2030) when a checked file's video runs over the kind's size budget for the plan by more than the margin.
    /// <paramref name="videoBytes"/> counts the video alone: audio is not part of the budget.
    /// </summary>
    public void CheckBudget(OutputKind kind, string outputName, long videoBytes, double budget, bool givenInSpec = false)
    {
        if (SizeBudget.Check(Plan, kind, outputName, videoBytes, Plan.DurationSeconds, budget, givenInSpec) is { } warning)
        {
            lock (_warnings)
            {
                _warnings.Add(warning);
            }
        }
    }

    /// <summary>
    /// The same for a video file's video stream (its audio left out), measured by ffprobe; nothing to check without a
    /// <paramref name="cap"/> (max_rate: 0).
    /// </summary>
    public async Task CheckVideoBudgetAsync(OutputKind kind, string outputName, string path, double? cap, bool givenInSpec, CancellationToken token)
    {
        if (cap is { } budget)
        {
            CheckBudget(kind, outputName, await OutputCheck.VideoBytesAsync(Ffmpeg, path, outputName, token).ConfigureAwait(false), budget, givenInSpec);
        }
    }

    /// <summary>Runs ffmpeg with the lossless frames of the whole video as its input (a concat list of the segments), then <paramref name="output"/>.</summary>
    public async Task RunOnFramesAsync(IReadOnlyList<string> output, string activity, string? outputFile, CancellationToken token)
    {
        var list = await ConcatList.WriteAsync(Segments(SegmentTrack.LosslessFrames(Plan)), token).ConfigureAwait(false);
        try
        {
            var arguments = new List<string>(FfmpegInstall.QuietArguments);
            arguments.AddRange(FfmpegInstall.ProgressArguments);
            arguments.AddRange(new[] { "-f", "concat", "-i", FfmpegUrl.File(list) });
            arguments.AddRange(output);
            await RunAsync(Ffmpeg, arguments, activity, outputFile, token).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(list);
        }
    }

    /// <summary>One ffmpeg run to its end under the stall watchdog; a non-zero exit is AA3002 with ffmpeg's last words.</summary>
    public static async Task RunAsync(FfmpegInstall ffmpeg, IReadOnlyList<string> arguments, string activity, string? outputFile, CancellationToken token)
    {
        using var process = ChildProcess.Start(ffmpeg.ExecutablePath, arguments, activity);
        using var watchdog = new StallWatchdog(process, ffmpeg.StallTimeout, outputFile);
        watchdog.Waiting();
        await process.WaitForExitAsync(token).ConfigureAwait(false);
        token.ThrowIfCancellationRequested();
        if (watchdog.Fired)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.EncoderStalled.Create(null, ChildProcess.FormatSeconds(ffmpeg.StallTimeout), activity));
        }

        if (process.ExitCode != 0)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.FfmpegFailed.Create(null, activity, $"exit code {process.ExitCode}: {process.ErrorTail}"));
        }
    }

    /// <summary>
    /// Every <paramref name="step"/>-th frame, for kinds with a lower frame rate than the video: a whole step keeps
    /// the frame count exact (⌈frames / step⌉) and every kept frame a rendered one.
    /// </summary>
    public static int Step(double videoFps, double fps) => Math.Max(1, (int)Math.Round(videoFps / fps));

    public int FramesAtStep(int step) => (Plan.FrameCount + step - 1) / step;

    /// <summary>The filter that keeps every step-th frame (nothing for step 1); with `-fps_mode passthrough` the kept frames keep their times.</summary>
    public static string Select(int step) => step == 1 ? string.Empty : FormattableString.Invariant($"select=not(mod(n\\,{step})),");

    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}

/// <summary>The concat demuxer's list for a track's segments, with each segment's exact length.</summary>
public static class ConcatList
{
    /// <summary>
    /// The segments must lie in one folder: the list names them relative to itself, so it holds only names we made
    /// (no path, nothing to escape) and needs no `-safe 0`. Each segment's length is given because the demuxer would
    /// otherwise take it from the file, where a segment of one or two frames is a little longer than its frames.
    /// </summary>
    public static async Task<string> WriteAsync(IReadOnlyList<(string Path, double Seconds)> segments, CancellationToken token)
    {
        var folder = Path.GetDirectoryName(segments[0].Path)!;
        if (segments.Any(s => Path.GetDirectoryName(s.Path) != folder))
        {
            throw new ArgumentException("Segments to join must share one folder.", nameof(segments));
        }

        var list = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(segments[0].Path)}.{Guid.NewGuid():N}.concat.txt");
        await File.WriteAllLinesAsync(list, segments.SelectMany(s => new[]
        {
            $"file '{Path.GetFileName(s.Path)}'",
            $"duration {s.Seconds.ToString("0.#########", CultureInfo.InvariantCulture)}",
        }), token).ConfigureAwait(false);
        return list;
    }
}
