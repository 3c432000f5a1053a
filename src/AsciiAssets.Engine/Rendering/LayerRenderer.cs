using AsciiAssets.Compose;
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

/// <summary>One layer of a scene: field → characters and colours → glyphs in a frame. Buffers are made once.</summary>
public sealed class LayerRenderer
{
    private static readonly CharacterPalette DefaultCharacters = new DefaultPalette();
    private static readonly ColorParameters DefaultColor = new HueColor();
    private static readonly BlendMode DefaultBlend = (BlendMode)SpecRegistry.Kind<BlendMode>().Get("normal").CreateDefault()!;

    private readonly LayerSpec _spec;
    private readonly IValueField _field;
    private readonly IColorizer _colorizer;
    private readonly float[] _values;
    private readonly ushort[] _glyphs;
    private readonly Rgb24[] _colors;

    /// <summary>The mode the glyphs are drawn with: the layer's, or for a mode that draws on white its inverse form.</summary>
    private readonly BlendMode _drawnBlend;

    /// <summary>The cells' colours inverted for <see cref="_drawnBlend"/>, when the layer draws on white; else null.</summary>
    private readonly Rgb24[]? _inverseColors;

    /// <param name="spec">The worker's copy of the layer: its executors read the parameters per frame, so they may move.</param>
    public LayerRenderer(LayerSpec spec, int width, int height, uint seed, Plan.ParticleTier particles)
    {
        _spec = spec;
        Atlas = AtlasFor(spec, width, height);
        Grid = new Grid(width, height, Atlas.CellWidth, Atlas.CellHeight);
        Blend = spec.Blend ?? DefaultBlend;
        var onWhite = Blend.DrawsOnWhite;
        _drawnBlend = onWhite ? Blend.OfInverse : Blend;
        _field = spec.Field.Create(new FieldSetup(Grid, seed, particles));
        _colorizer = (spec.Color ?? DefaultColor).Create(Grid);
        _values = new float[Grid.CellCount];
        _glyphs = new ushort[Grid.CellCount];
        _colors = new Rgb24[Grid.CellCount];
        _inverseColors = onWhite ? new Rgb24[Grid.CellCount] : null;
    }

    public GlyphAtlas Atlas { get; }

    /// <summary>The glyphs a layer draws with, at the size its grid takes in a frame of this size (cached across layers).</summary>
    public static GlyphAtlas AtlasFor(LayerSpec spec, int width, int height) =>
        GlyphAtlas.Get(GridSizes.FontPixels(spec.Grid, width, height), (spec.Palette ?? DefaultCharacters).Glyphs);

    public Grid Grid { get; }

    public BlendMode Blend { get; }

    /// <summary>Opacity of the layer's blend at the current frame.</summary>
    public float Opacity => _spec.Opacity;

    /// <summary>The field's and the colour's executors, for the scene to find the stateful ones.</summary>
    internal IEnumerable<object> Executors => new object[] { _field, _colorizer };

    public bool CoversBelow => Blend.GetType() == DefaultBlend.GetType() && Opacity >= 1f;

    /// <summary>
    /// True when the layer can be drawn straight onto the frame below it (see <see cref="BlendOnto"/>): its black, or
    /// for a mode that draws on white its paper, leaves the frame unchanged.
    /// </summary>
    public bool BlendsWithoutBuffer => _drawnBlend.BlackLeavesBottom;

    /// <summary>The per-cell stage: field values, colours and glyph indices.</summary>
    internal void Evaluate(in FrameTime time)
    {
        _field.Evaluate(time, _values);
        _colorizer.Colorize(time, _values, _colors);
        var count = Atlas.Count;
        for (var i = 0; i < _values.Length; i++)
        {
            var index = (int)(_values[i] * count);
            _glyphs[i] = (ushort)(index < 0 ? 0 : index >= count ? count - 1 : index);
        }

        if (_inverseColors is not null)
        {
            for (var i = 0; i < _colors.Length; i++)
            {
                var color = _colors[i];
                _inverseColors[i] = new Rgb24((byte)(255 - color.R), (byte)(255 - color.G), (byte)(255 - color.B));
            }
        }
    }

    /// <summary>The per-pixel stage on its own: overwrites the whole frame with this layer's glyphs on black.</summary>
    internal void Paint(FrameBuffer target) => GlyphCompositor.Paint(target, Grid, Atlas, _glyphs, _colors);

    /// <summary>The per-pixel stage blended onto the frame below with the layer's mode and opacity; needs <see cref="BlendsWithoutBuffer"/>.</summary>
    internal void BlendOnto(FrameBuffer below) => GlyphCompositor.Blend(below, Grid, Atlas, _glyphs, _inverseColors ?? _colors, _drawnBlend, Opacity);
}
