using AsciiAssets.Encode;
using AsciiAssets.Frames;
using AsciiAssets.Glyphs;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;
using AsciiAssets.Spec;

namespace AsciiAssets.Scene;

/// <summary>
/// What a layer shows when it is your own content rather than a generated field: text, subtitles, an image, footage.
/// Where a field gives only a value per cell (the palette picks the character, the colour strategy the colour), a
/// source may also choose a cell's character itself (text, edges, shape matching), give it a colour of its own
/// (`color: source`) and a coverage (transparency: an image's alpha, a fading letter). One record per source.
/// </summary>
[RegistryKind("source", "sources")]
public abstract record LayerSource
{
    /// <summary>Characters the source places in cells itself, beyond the palette's; they are rasterized into the layer's atlas once.</summary>
    public virtual IReadOnlyList<string> Characters() => Array.Empty<string>();

    /// <summary>The key whose YAML position a warning about those characters points at (a font that lacks some).</summary>
    public virtual string CharactersKey => "text";

    /// <summary>The font file those characters are drawn with; null for the bundled font.</summary>
    public virtual InputFile? CharacterFont => null;

    /// <summary>True when the source gives every cell a colour of its own, which `color: source` keeps.</summary>
    public virtual bool HasColors => false;

    public abstract ISourceExecutor Create(SourceSetup setup);
}

/// <summary>Renders a source for one frame. Must write every cell of every array of <see cref="LayerCells"/>, and depend only on the frame time and the setup.</summary>
public interface ISourceExecutor
{
    void Render(in FrameTime time, LayerCells cells);
}

/// <summary>What a source's executor is built with, once per worker and layer.</summary>
/// <param name="Atlas">The layer's glyphs: the palette's, then <see cref="LayerSource.Characters"/> (<see cref="GlyphAtlas.IndexOf"/>).</param>
/// <param name="Ffmpeg">The ffmpeg of the run, for sources that decode through it (footage); resolved on first use.</param>
public sealed record SourceSetup(Grid Grid, GlyphAtlas Atlas, uint Seed, Func<FfmpegInstall> Ffmpeg);

/// <summary>A layer's per-cell state for one frame, as a source writes it and the layer reads it.</summary>
public sealed class LayerCells(int count)
{
    /// <summary>A glyph a source leaves to the palette: the layer picks it from the cell's value.</summary>
    public const ushort PaletteGlyph = ushort.MaxValue;

    /// <summary>The value in [0, 1]: the palette's character (where the glyph is <see cref="PaletteGlyph"/>) and the colour strategy's input.</summary>
    public float[] Values { get; } = new float[count];

    /// <summary>An atlas glyph, or <see cref="PaletteGlyph"/>.</summary>
    public ushort[] Glyphs { get; } = new ushort[count];

    /// <summary>The source's own colour (black when it has none); `color: source` keeps it, other strategies overwrite it.</summary>
    public Rgb24[] Colors { get; } = new Rgb24[count];

    /// <summary>How much of the cell shows, 0 (transparent) to 1; a layer's mask multiplies into it.</summary>
    public float[] Coverage { get; } = new float[count];

    public int Count => Values.Length;
}
