using System.Text.Json;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
using SkiaSharp;

namespace AsciiAssets.Encode.Outputs;

[Registered("spritesheet", "Frames packed row by row into PNG sheets of at most 'max_side' pixels a side (4096: what every mobile GPU takes as a texture), as many sheets as they need, and <output>.sheet.json with each frame's sheet and rectangle, the fps and the loop flag (docs/spec-format.md shows loading it in MonoGame and Godot).")]
public sealed record SpritesheetOutput(
    [Doc("Width of one frame in pixels (the height keeps the aspect); at most the video's width.")][Range(8, 4096)] int Width = 256,
    [Doc("Frames per second, reached by keeping every n-th frame of the video.")][Range(1, 60)] double Fps = 12,
    [Doc("The largest sheet side in pixels; frames that do not fit go on the next sheet.")][Range(64, 16384)] int MaxSide = 4096,
    [Doc("Whether the animation loops; written to the JSON for the game to read.")] bool Loop = true) : OutputKind, IValidatedRecord
{
    /// <summary>RGBA sheets: the alpha is kept.</summary>
    public override bool CarriesAlpha => true;

    public override SegmentTrack Track(RenderPlan plan) => SegmentTrack.LosslessFrames(plan);

    public override IReadOnlyList<string> Files(RenderPlan plan)
    {
        var layout = Layout(plan);
        return Enumerable.Range(0, layout.Sheets).Select(i => SheetName(plan, i)).Append(Stem(plan) + ".sheet.json").ToArray();
    }

    public void Validate(RecordCheck check)
    {
        if (Width > MaxSide)
        {
            check.Fail("width", $"is wider than 'max_side' ({MaxSide}), so no frame fits on a sheet");
        }
    }

    /// <summary>How the frames are packed: the same grid on every sheet, as many columns as fit and as many rows as the frames need.</summary>
    public SheetLayout Layout(RenderPlan plan)
    {
        var size = ScaledSize.Of(plan, Width);
        var step = OutputWork.Step(plan.Fps, Fps);
        var frames = (plan.FrameCount + step - 1) / step;
        var columns = Math.Clamp(MaxSide / size.Width, 1, frames);
        var rows = Math.Clamp((frames + columns - 1) / columns, 1, Math.Max(1, MaxSide / size.Height));
        var sheets = (frames + columns * rows - 1) / (columns * rows);
        return new SheetLayout(size, step, frames, columns, rows, sheets);
    }

    public override async Task WriteAsync(OutputWork work, StagedOutput staged, CancellationToken token)
    {
        var plan = work.Plan;
        var layout = Layout(plan);
        var files = Files(plan);
        var pattern = staged.PathOf($"{Stem(plan)}.sheet-%d.png");
        // Cells after the last frame stay transparent; -fps_mode passthrough writes each tiled sheet once.
        var filter = FormattableString.Invariant($"{OutputWork.Select(layout.Step)}{layout.Size.AlphaFilter(plan)}format=rgba,tile={layout.Columns}x{layout.Rows}:color=black@0");
        await work.RunOnFramesAsync(new[] { "-vf", filter, "-fps_mode", "passthrough", "-start_number", "0", "-y", FfmpegUrl.File(pattern) }, $"writing {files[^1]}", null, token).ConfigureAwait(false);
        for (var sheet = 0; sheet < layout.Sheets; sheet++)
        {
            OutputCheck.VerifyImage(staged.PathOf(files[sheet]), files[sheet], SKEncodedImageFormat.Png, layout.Columns * layout.Size.Width, layout.Rows * layout.Size.Height);
        }

        if (plan.Transparent)
        {
            OutputCheck.VerifyAlphaImages(files.Take(layout.Sheets).Select(staged.PathOf).ToArray(), files[^1]);
        }

        var extra = Path.Combine(Path.GetDirectoryName(pattern)!, SheetName(plan, layout.Sheets));
        if (File.Exists(extra))
        {
            throw new Diagnostics.AsciiAssetsException(Diagnostics.DiagnosticDescriptors.OutputCheckFailed.Create(null, files[^1], $"ffmpeg wrote more than the {layout.Sheets} sheets the frames fill"));
        }

        await File.WriteAllBytesAsync(staged.PathOf(files[^1]), JsonSerializer.SerializeToUtf8Bytes(Describe(plan, layout), JsonOptions), token).ConfigureAwait(false);
    }

    /// <summary>The JSON a game reads: sheets and, per frame in play order, its sheet and rectangle in pixels.</summary>
    public SheetDescription Describe(RenderPlan plan, SheetLayout layout)
    {
        var perSheet = layout.Columns * layout.Rows;
        var frames = Enumerable.Range(0, layout.Frames).Select(i =>
        {
            var cell = i % perSheet;
            return new SheetFrame(i / perSheet, cell % layout.Columns * layout.Size.Width, cell / layout.Columns * layout.Size.Height, layout.Size.Width, layout.Size.Height);
        }).ToArray();
        var sheets = Enumerable.Range(0, layout.Sheets).Select(i => new SheetImage(SheetName(plan, i), layout.Columns * layout.Size.Width, layout.Rows * layout.Size.Height)).ToArray();
        return new SheetDescription(plan.Fps / layout.Step, Loop, layout.Size.Width, layout.Size.Height, sheets, frames);
    }

    private static string SheetName(RenderPlan plan, int sheet) => FormattableString.Invariant($"{Stem(plan)}.sheet-{sheet}.png");

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };
}

public sealed record SheetLayout(ScaledSize Size, int Step, int Frames, int Columns, int Rows, int Sheets);

public sealed record SheetDescription(double Fps, bool Loop, int FrameWidth, int FrameHeight, IReadOnlyList<SheetImage> Sheets, IReadOnlyList<SheetFrame> Frames);

public sealed record SheetImage(string Image, int Width, int Height);

public sealed record SheetFrame(int Sheet, int X, int Y, int W, int H);
