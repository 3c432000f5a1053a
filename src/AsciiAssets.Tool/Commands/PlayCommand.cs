using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;
using AsciiAssets.Cli.Output;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Spec;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AsciiAssets.Cli.Commands;

public sealed partial class PlaySettings : SharedSettings
{
    /// <summary>Larger than any terminal; a bound on the frame buffer a mistyped size could ask for.</summary>
    private const int LargestSide = 2000;

    [CommandArgument(0, "<SOURCE>")]
    [Description("A spec (*.video.yaml, *.yml) to render as it plays, or a video file (mp4, webm, mov, gif, …) decoded by ffmpeg.")]
    public string Source { get; init; } = string.Empty;

    [CommandOption("--loop")]
    [Description("Start again after the last frame, until q, Esc or Ctrl+C (or --seconds).")]
    public bool Loop { get; init; }

    [CommandOption("--seconds <TIME>")]
    [Description("Stop after this much of the video, e.g. 10, 10s, 1m30s or 48f.")]
    public string? SecondsText { get; init; }

    [CommandOption("--frames <N>")]
    [Description("Write N frames as fast as they render, unpaced, and exit (for scripts and tests).")]
    public int? Frames { get; init; }

    [CommandOption("--size <COLSxROWS>")]
    [Description("Draw for a terminal of this many columns and rows, e.g. 80x24. Default: the terminal's size; needed when output is redirected.")]
    public string? Size { get; init; }

    [CommandOption("--ffmpeg <PATH>")]
    [Description("The ffmpeg that decodes a video file (and a spec's footage or audio). Default: $ASCII_ASSETS_FFMPEG, then PATH.")]
    public string? Ffmpeg { get; init; }

    public bool IsSpec => Source.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || Source.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public TimeValue? Seconds => SecondsText is not null && TimeValue.TryParse(SecondsText, out var time) ? time : null;

    public (int Columns, int Rows)? ParsedSize =>
        Size is not null && SizePattern().Match(Size) is { Success: true } match
        && int.TryParse(match.Groups[1].Value, out var columns) && int.TryParse(match.Groups[2].Value, out var rows)
            ? (columns, rows)
            : null;

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } invalid)
        {
            return invalid;
        }

        if (SecondsText is not null && !(Seconds is { } time && (time.IsFrames ? time.Frames > 0 : time.Seconds > 0)))
        {
            return ValidationResult.Error($"--seconds '{SecondsText}' is not a positive time; write e.g. 10, 10s, 1m30s or 48f");
        }

        if (Frames is <= 0)
        {
            return ValidationResult.Error($"--frames {Frames} is not a positive number of frames");
        }

        if (Size is not null && (ParsedSize is not { } size || size.Columns is < 1 or > LargestSide || size.Rows is < 1 or > LargestSide))
        {
            return ValidationResult.Error($"--size '{Size}' is not COLUMNSxROWS between 1x1 and {LargestSide}x{LargestSide}, e.g. 80x24");
        }

        return ValidationResult.Success();
    }

    [GeneratedRegex(@"^(\d{1,5})x(\d{1,5})$")]
    private static partial Regex SizePattern();
}

/// <summary>
/// Shows a spec, rendered in this process as preview renders, or a video file, decoded by ffmpeg, on the terminal:
/// two pixels a cell with the upper half block, 24-bit colour, paced at the video's fps.
/// </summary>
public sealed class PlayCommand : Command<PlaySettings>
{
    public override int Execute(CommandContext context, PlaySettings settings, CancellationToken cancellationToken)
    {
        var (columns, rows) = TerminalSize(settings);
        using IFrames frames = settings.IsSpec ? SpecFrames.Open(settings, columns, rows) : VideoFrames.Open(settings, columns, rows);
        var count = FramesToShow(settings, frames.Count, frames.Fps);
        var paced = settings.Frames is null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var toTerminal = !Console.IsOutputRedirected;
        using (var screen = new TerminalScreen(Console.OpenStandardOutput(), toTerminal))
        {
            if (paced && toTerminal)
            {
                TerminalScreen.StopOnQuitKey(stop);
            }

            var clock = Stopwatch.StartNew();
            var period = TimeSpan.FromSeconds(1 / frames.Fps);
            var due = TimeSpan.Zero;
            for (long shown = 0; shown < count && !stop.IsCancellationRequested; shown++)
            {
                screen.Show(frames.Draw((int)(shown % frames.Count)));
                if (paced)
                {
                    // A frame that renders late is shown late and the clock starts again from it: never skipped, because
                    // skipping would make every effect with state replay from its scene's start, and never a burst to catch up.
                    due += period;
                    var wait = due - clock.Elapsed;
                    if (wait > TimeSpan.Zero)
                    {
                        stop.Token.WaitHandle.WaitOne(wait);
                    }
                    else
                    {
                        due = clock.Elapsed;
                    }
                }
            }
        }

        // q, Esc and Ctrl+C are how a viewer ends playback: not a failure.
        return DiagnosticsOutput.Report(frames.Warnings);
    }

    private static (int Columns, int Rows) TerminalSize(PlaySettings settings)
    {
        if (settings.ParsedSize is { } size)
        {
            return size;
        }

        if (Console.IsOutputRedirected)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.NotATerminal.Create(null));
        }

        var (columns, rows) = (Console.WindowWidth, Console.WindowHeight);
        if (columns < 1 || rows < 1)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.TerminalSizeUnknown.Create(null, columns, rows));
        }

        return (columns, rows);
    }

    /// <summary>--frames, else --seconds, else the whole video once; --loop goes on past the end (for ever without a limit).</summary>
    private static long FramesToShow(PlaySettings settings, int frameCount, double fps)
    {
        long? limit = settings.Frames ?? (settings.Seconds is { } seconds ? Math.Max(1, seconds.ToFrameIndex(fps)) : null);
        return settings.Loop ? limit ?? long.MaxValue : Math.Min(limit ?? frameCount, frameCount);
    }

    /// <summary>Where the frames come from, drawn for the terminal.</summary>
    private interface IFrames : IDisposable
    {
        int Count { get; }

        double Fps { get; }

        IEnumerable<Diagnostic> Warnings { get; }

        ReadOnlySpan<byte> Draw(int frame);
    }

    /// <summary>A spec rendered frame by frame in this process, at its planned size, averaged down to the terminal.</summary>
    private sealed class SpecFrames(RenderPlan plan, TerminalPicture picture) : IFrames
    {
        private readonly FrameRenderer _renderer = new(plan);
        private readonly FrameBuffer _frame = new(plan.Width, plan.Height);

        public static SpecFrames Open(PlaySettings settings, int columns, int rows)
        {
            // Draft unless asked: a terminal shows fewer pixels than draft's 960x540, and sizes scale with the
            // profile, so the picture is the same, only sooner.
            var plan = InProcessPlan.For(settings.Source, settings, QualityName.Draft);
            return new SpecFrames(plan, new TerminalPicture(plan.Width, plan.Height, columns, rows));
        }

        public int Count => plan.FrameCount;

        public double Fps => plan.Fps;

        public IEnumerable<Diagnostic> Warnings => _renderer.Warnings;

        public ReadOnlySpan<byte> Draw(int frame)
        {
            _renderer.Render(frame, _frame);
            return picture.DrawScaled(_frame.Pixels);
        }

        public void Dispose()
        {
            _renderer.Dispose();
            _frame.Dispose();
        }
    }

    /// <summary>A video file that ffmpeg decodes and scales to the terminal's pixels (ffmpeg scales, not us), watched for stalls.</summary>
    private sealed class VideoFrames(FootageInfo info, FootageReader reader, TerminalPicture picture) : IFrames
    {
        public static VideoFrames Open(PlaySettings settings, int columns, int rows)
        {
            var path = Path.GetFullPath(settings.Source);
            if (!File.Exists(path))
            {
                throw new AsciiAssetsException(DiagnosticDescriptors.FileNotFound.Create(SourceLocation.FileOnly(settings.Source), settings.Source, path));
            }

            var ffmpeg = FfmpegInstall.Locate(settings.Ffmpeg);
            var (info, problem) = FootageProbe.ProbeAsync(ffmpeg, path, CancellationToken.None).GetAwaiter().GetResult();
            if (info is null)
            {
                throw new AsciiAssetsException(DiagnosticDescriptors.InvalidMedia.Create(SourceLocation.FileOnly(settings.Source), settings.Source, "a playable video", problem));
            }

            var picture = new TerminalPicture((int)Math.Round(info.Width * info.PixelAspect), info.Height, columns, rows);
            return new VideoFrames(info, new FootageReader(ffmpeg, path, info, picture.Width, picture.Height), picture);
        }

        public int Count => info.FrameCount;

        public double Fps => info.Fps;

        public IEnumerable<Diagnostic> Warnings => Array.Empty<Diagnostic>();

        public ReadOnlySpan<byte> Draw(int frame)
        {
            reader.Read(frame, withPrevious: false);
            return picture.Draw(reader.Current);
        }

        public void Dispose() => reader.Dispose();
    }
}
