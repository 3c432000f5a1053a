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
    private readonly CharacterPalette _characters;
    private readonly IColorizer _colorizer;
    private readonly float[] _values;
    private readonly ushort[] _glyphs;
    private readonly Rgb24[] _colors;

    /// <param name="spec">The worker's copy of the layer: its executors read the parameters per frame, so they may move.</param>
    public LayerRenderer(LayerSpec spec, int width, int height, uint seed, Plan.ParticleTier particles)
    {
        _spec = spec;
        _characters = spec.Palette ?? DefaultCharacters;
        Atlas = AtlasFor(spec, width, height);
        Grid = new Grid(width, height, Atlas.CellWidth, Atlas.CellHeight);
        Blend = spec.Blend ?? DefaultBlend;
        _field = spec.Field.Build(new FieldSetup(Grid, seed, particles));
        _colorizer = (spec.Color ?? DefaultColor).Create(Grid);
        _values = new float[Grid.CellCount];
        _glyphs = new ushort[Grid.CellCount];
        _colors = new Rgb24[Grid.CellCount];
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

    /// <summary>True when the layer can be drawn straight onto the frame below it (see <see cref="BlendOnto"/>).</summary>
    public bool BlendsWithoutBuffer => Blend.BlackLeavesBottom;

    /// <summary>The per-cell stage: field values, colours and glyph indices.</summary>
    internal void Evaluate(in FrameTime time)
    {
        _field.Evaluate(time, _values);
        _colorizer.Colorize(time, _values, _colors);
        _characters.Map(_values, _glyphs, Atlas.Count);
    }

    /// <summary>The per-pixel stage on its own: overwrites the whole frame with this layer's glyphs on black.</summary>
    internal void Paint(FrameBuffer target) => GlyphCompositor.Paint(target, Grid, Atlas, _glyphs, _colors);

    /// <summary>The per-pixel stage blended onto the frame below with the layer's mode and opacity; needs <see cref="BlendsWithoutBuffer"/>.</summary>
    internal void BlendOnto(FrameBuffer below) => GlyphCompositor.Blend(below, Grid, Atlas, _glyphs, _colors, Blend, Opacity);
}
