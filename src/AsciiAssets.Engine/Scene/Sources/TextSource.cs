using AsciiAssets.Diagnostics;
using AsciiAssets.Frames;
using AsciiAssets.Glyphs;
using AsciiAssets.Registry;
using AsciiAssets.Scene.Pictures;
using AsciiAssets.Scene.Text;
using AsciiAssets.Spec;

namespace AsciiAssets.Scene.Sources;

/// <summary>How a text source draws its letters.</summary>
public enum TextMode
{
    /// <summary>One character per cell of the layer's grid, like a terminal.</summary>
    Grid,

    /// <summary>Large letters at frame scale whose shapes the layer's palette fills by coverage.</summary>
    Stencil,
}

[Registered("text", "Your text: in the grid (one character per cell, with an animation) or as a stencil (large letters drawn with the layer's palette).")]
[AlternativeKeys("text", "lines")]
public sealed record TextSource(
    [Doc("The text, one line; or use 'lines'.")] string? Text = null,
    [Doc("Several lines of text, top to bottom, instead of 'text'.")] IReadOnlyList<string>? Lines = null,
    [Doc("grid: one character per cell of the layer's grid; stencil: large letters, each line 'size' frame heights tall, drawn with the layer's palette by coverage.")] TextMode Mode = TextMode.Grid,
    [Doc("A TrueType or OpenType font file, relative to the spec; default the bundled DejaVu Sans Mono.")][Media(MediaKind.Font)] InputFile? Font = null,
    [Doc("Stencil: the height of a line as a fraction of the frame height.")][Range(0.02, 2)] float Size = 0.25f,
    [Doc("The centre of the text across the frame: 0 left edge, 1 right edge.")][Range(-1, 2)] float X = 0.5f,
    [Doc("The centre of the text down the frame: 0 top, 1 bottom.")][Range(-1, 2)] float Y = 0.5f,
    [Doc("How lines of different lengths line up: center, left or right.")] TextAlign Align = TextAlign.Center,
    [Doc("How the text appears: typewriter, fade, flash, scatter or wave (a stencil takes fade and flash); none by default.")] TextAnimationParameters? Animation = null) : LayerSource, IValidatedRecord
{
    public override IReadOnlyList<string> Characters() => Mode == TextMode.Grid ? TextLines.Of(Text, Lines).Characters : Array.Empty<string>();

    public override InputFile? CharacterFont => Font;

    public override string CharactersKey => Lines is null ? "text" : "lines";

    public void Validate(RecordCheck check)
    {
        if (Text is null == Lines is null)
        {
            check.Fail(Text is null ? "text" : "lines", Text is null ? "is missing: a text source needs 'text' or 'lines'" : "cannot go with 'text': give one of them");
        }

        foreach (var (key, line) in (Lines ?? Array.Empty<string>()).Select(l => ("lines", l)).Prepend(("text", Text ?? string.Empty)))
        {
            check.TextProblem(key, line);
        }

        if (Mode == TextMode.Stencil && Animation is { WorksOnStencils: false })
        {
            check.Fail("animation", $"'{SpecRegistry.NameOf(Animation)}' moves single characters, so it needs mode grid; a stencil takes fade or flash");
        }
    }

    public override ISourceExecutor Create(SourceSetup setup)
    {
        var text = TextLines.Of(Text, Lines);
        return Mode == TextMode.Grid
            ? new GridExecutor(this, setup, new GridText(text, Align, setup.Atlas, setup.Seed))
            : new StencilExecutor(this, setup, TextRaster.Of(text, FontFile.For(Font?.FullPath), setup.Grid.FrameHeight, Align));
    }

    private sealed class GridExecutor(TextSource p, SourceSetup setup, GridText text) : ISourceExecutor
    {
        private readonly ushort _blank = setup.Atlas.IndexOf(" ")!.Value;

        public void Render(in FrameTime time, LayerCells cells)
        {
            GridText.Clear(cells, _blank);
            text.Draw(setup.Grid, cells, p.X, p.Y, p.Animation, time.SceneTime);
        }
    }

    /// <summary>The letters' coverage per cell is the value, so the palette draws them densest where they are solid.</summary>
    private sealed class StencilExecutor(TextSource p, SourceSetup setup, TextRaster raster) : ISourceExecutor
    {
        public void Render(in FrameTime time, LayerCells cells)
        {
            var grid = setup.Grid;
            SamplePlane.SampleAlpha(raster.Picture, raster.At(grid, p.X, p.Y, p.Size), grid, cells.Values);
            var shown = p.Animation is { } animation ? animation.Letter(animation.Clock(time.SceneTime), 0, 1, setup.Seed) : LetterState.Shown;
            var coverage = shown.Visible ? shown.Coverage : 0f;
            cells.Glyphs.AsSpan().Fill(LayerCells.PaletteGlyph);
            cells.Colors.AsSpan().Clear();
            for (var i = 0; i < cells.Count; i++)
            {
                // Cells the letters miss are hidden, so the layers below show around them.
                cells.Coverage[i] = cells.Values[i] > 0f ? coverage : 0f;
            }
        }
    }
}
