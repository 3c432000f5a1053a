using AsciiAssets.Compose;
using AsciiAssets.Encode;
using AsciiAssets.Frames;
using AsciiAssets.Glyphs;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;
using AsciiAssets.Scene.Colors;
using AsciiAssets.Scene.Palettes;
using AsciiAssets.Scene;
using AsciiAssets.Spec;

namespace AsciiAssets.Rendering;

/// <summary>
/// One layer of a scene: a field's values (or a source's values, glyphs, colours and coverage) → characters and
/// colours → glyphs in a frame. A mask and a source's coverage hide cells: for a layer painted first or drawn
/// straight onto the frame they scale its colours (black leaves the frame below), otherwise the scene mixes the
/// blended result with the frame below by <see cref="Coverage"/>. Buffers are made once.
/// </summary>
public sealed class LayerRenderer : IDisposable
{
    private static readonly CharacterPalette DefaultCharacters = new DefaultPalette();
    private static readonly ColorParameters DefaultColor = new HueColor();
    private static readonly BlendMode DefaultBlend = (BlendMode)SpecRegistry.Kind<BlendMode>().Get("normal").CreateDefault()!;

    private readonly LayerSpec _spec;
    private readonly IValueField? _field;
    private readonly ISourceExecutor? _source;
    private readonly IMask? _mask;
    private readonly CharacterPalette _characters;
    private readonly IColorizer _colorizer;
    private readonly LayerCells _cells;
    private readonly float[] _maskCoverage;
    private readonly bool _scalesColors;

    /// <summary>The mode the glyphs are drawn with: the layer's, or for a mode that draws on white its inverse form.</summary>
    private readonly BlendMode _drawnBlend;

    /// <summary>The cells' colours inverted for <see cref="_drawnBlend"/>, when the layer draws on white; else null.</summary>
    private readonly Rgb24[]? _inverseColors;

    /// <summary>The window start a held layer's cells were drawn at; a held layer has no state, so they stay valid for the window.</summary>
    private int _heldFrame = int.MinValue;

    /// <param name="spec">The worker's copy of the layer: its executors read the parameters per frame, so they may move.</param>
    /// <param name="bottom">True for a scene's first layer, which nothing lies below.</param>
    public LayerRenderer(LayerSpec spec, int width, int height, uint seed, Plan.ParticleTier particles, bool bottom = true, Func<FfmpegInstall>? ffmpeg = null)
    {
        _spec = spec;
        var source = spec.Source;
        _characters = spec.Palette ?? DefaultCharacters;
        Atlas = AtlasFor(spec, width, height);
        Grid = new Grid(width, height, Atlas.CellWidth, Atlas.CellHeight);
        Blend = spec.BlendSpace == BlendSpace.Linear ? new InLinearLight(spec.Blend ?? DefaultBlend) : spec.Blend ?? DefaultBlend;
        var onWhite = Blend.DrawsOnWhite;
        _drawnBlend = onWhite ? Blend.OfInverse : Blend;
        _inverseColors = onWhite ? new Rgb24[Grid.CellCount] : null;
        _cells = new LayerCells(Grid.CellCount);
        if (source is not null)
        {
            _source = source.Create(new SourceSetup(Grid, Atlas, seed, ffmpeg ?? (() => FfmpegInstall.Locate(null))));
        }
        else
        {
            _field = spec.Field!.Build(new FieldSetup(Grid, seed, particles));
        }

        _mask = spec.Mask?.Create(new MaskSetup(Grid, Hash.Combine(seed, 0x6d61736bU), particles));
        _maskCoverage = _mask is null ? [] : new float[Grid.CellCount];
        HasCoverage = _source is not null || _mask is not null;
        _scalesColors = bottom || BlendsWithoutBuffer;
        _colorizer = (spec.Color ?? DefaultColor).Create(Grid);
    }

    public GlyphAtlas Atlas { get; }

    /// <summary>
    /// The glyphs a layer draws with, at the size its grid takes in a frame of this size (cached across layers): the
    /// palette's, then a source's own characters (a blank first) in its font.
    /// </summary>
    public static GlyphAtlas AtlasFor(LayerSpec spec, int width, int height)
    {
        var fontPixels = GridSizes.FontPixels(spec.Grid, width, height);
        var palette = (spec.Palette ?? DefaultCharacters).Glyphs;
        return spec.Source is { } source
            ? GlyphAtlas.Get(fontPixels, palette, FontFile.For(source.CharacterFont?.FullPath), [" ", .. source.Characters()])
            : GlyphAtlas.Get(fontPixels, palette);
    }

    public Grid Grid { get; }

    public BlendMode Blend { get; }

    /// <summary>Frames each drawing of the layer is shown for (<see cref="LayerSpec.Hold"/>); 1 draws every frame.</summary>
    public int Hold => _spec.Hold;

    /// <summary>Opacity of the layer's blend at the current frame.</summary>
    public float Opacity => _spec.Opacity;

    /// <summary>The executors, for the scene to find the stateful ones.</summary>
    internal IEnumerable<object> Executors => new object?[] { _field, _source, _mask, _colorizer }.OfType<object>();

    public bool CoversBelow => Blend.GetType() == DefaultBlend.GetType() && Opacity >= 1f;

    /// <summary>
    /// True when the layer can be drawn straight onto the frame below it (see <see cref="BlendOnto"/>): its black, or
    /// for a mode that draws on white its paper, leaves the frame unchanged.
    /// </summary>
    public bool BlendsWithoutBuffer => _drawnBlend.BlackLeavesBottom;

    /// <summary>True when cells may be partly hidden (a source or a mask); see <see cref="NeedsCoverageMix"/>.</summary>
    public bool HasCoverage { get; }

    /// <summary>True when the scene must mix this layer's blended result with the frame below by <see cref="Coverage"/>, cell by cell.</summary>
    internal bool NeedsCoverageMix => HasCoverage && !_scalesColors;

    /// <summary>How much of each cell shows this frame.</summary>
    internal ReadOnlySpan<float> Coverage => _cells.Coverage;

    /// <summary>
    /// The per-cell stage: values, colours, glyph indices and coverage. A held layer is given its window's first
    /// frame (<see cref="FrameTime.HeldInScene"/>) on every frame of the window and draws only the first time.
    /// </summary>
    internal void Evaluate(in FrameTime time)
    {
        if (Hold > 1)
        {
            if (time.Frame == _heldFrame)
            {
                return;
            }

            _heldFrame = time.Frame;
        }

        var values = _cells.Values;
        var glyphs = _cells.Glyphs;
        var colors = _cells.Colors;
        var count = Atlas.PaletteCount;
        if (_source is null)
        {
            _field!.Evaluate(time, values);
            _colorizer.Colorize(time, values, colors);
            _characters.Map(values, glyphs, count);
        }
        else
        {
            _source.Render(time, _cells);
            _colorizer.Colorize(time, values, colors);
            for (var i = 0; i < values.Length; i++)
            {
                if (glyphs[i] == LayerCells.PaletteGlyph)
                {
                    glyphs[i] = _characters.Glyph(values[i], count);
                }
            }
        }

        if (_mask is not null)
        {
            _mask.Evaluate(time, values, _maskCoverage);
            var coverage = _cells.Coverage;
            if (_source is null)
            {
                _maskCoverage.CopyTo(coverage, 0);
            }
            else
            {
                for (var i = 0; i < coverage.Length; i++)
                {
                    coverage[i] *= _maskCoverage[i];
                }
            }
        }

        // Inverted before coverage scales them, so that a hidden cell fades to the paper, which the mode leaves alone.
        if (_inverseColors is not null)
        {
            for (var i = 0; i < colors.Length; i++)
            {
                var color = colors[i];
                _inverseColors[i] = new Rgb24((byte)(255 - color.R), (byte)(255 - color.G), (byte)(255 - color.B));
            }
        }

        if (HasCoverage && _scalesColors)
        {
            ScaleColors(_inverseColors ?? colors, _cells.Coverage);
        }
    }

    /// <summary>Colour × coverage: what the cell adds where black leaves the frame below unchanged.</summary>
    private static void ScaleColors(Rgb24[] colors, float[] coverage)
    {
        for (var i = 0; i < colors.Length; i++)
        {
            var c = coverage[i];
            if (c >= 1f)
            {
                continue;
            }

            var weight = c <= 0f ? 0 : (int)(c * 256f + 0.5f);
            var color = colors[i];
            colors[i] = new Rgb24((byte)((color.R * weight) >> 8), (byte)((color.G * weight) >> 8), (byte)((color.B * weight) >> 8));
        }
    }

    /// <summary>The per-pixel stage on its own: overwrites the whole frame with this layer's glyphs on black.</summary>
    internal void Paint(FrameBuffer target) => GlyphCompositor.Paint(target, Grid, Atlas, _cells.Glyphs, _cells.Colors);

    /// <summary>The per-pixel stage blended onto the frame below with the layer's mode and opacity; needs <see cref="BlendsWithoutBuffer"/>.</summary>
    internal void BlendOnto(FrameBuffer below) => GlyphCompositor.Blend(below, Grid, Atlas, _cells.Glyphs, _inverseColors ?? _cells.Colors, _drawnBlend, Opacity);

    /// <summary>The alpha plane of a transparent frame as <see cref="Paint"/> leaves it: this layer's coverage.</summary>
    internal void PaintAlpha(FrameBuffer target) =>
        AlphaCompositor.Paint(target, Grid, Atlas, _cells.Glyphs, _cells.Colors, HasCoverage ? _cells.Coverage : default);

    /// <summary>The alpha plane of a transparent frame after this layer's blend, by its mode's <see cref="BlendMode.AlphaRule"/>.</summary>
    internal void BlendAlpha(FrameBuffer below) =>
        AlphaCompositor.Blend(below, Grid, Atlas, _cells.Glyphs, _cells.Colors, HasCoverage ? _cells.Coverage : default, Blend.AlphaRule, Opacity);

    public void Dispose()
    {
        foreach (var executor in Executors.OfType<IDisposable>())
        {
            executor.Dispose();
        }
    }
}
