using AsciiAssets.Registry;
using AsciiAssets.Scene.Pictures;

namespace AsciiAssets.Scene.Sources;

/// <summary>How a picture's cells become characters.</summary>
public enum PictureMode
{
    /// <summary>Each cell's luminance (0.299 R + 0.587 G + 0.114 B) picks the palette's character.</summary>
    Luminance,

    /// <summary>Luminance, and where it changes sharply (Sobel) a line along the edge: - | / \ or box drawing.</summary>
    Edge,

    /// <summary>The palette character whose glyph shape best matches the light and dark within the cell.</summary>
    Shape,

    /// <summary>Footage only: how much each cell changed since the footage's previous frame.</summary>
    Motion,
}

/// <summary>Error diffusion and ordered dithering of luminance values onto the palette's steps.</summary>
public enum DitherMode
{
    None,

    /// <summary>A 4×4 Bayer threshold pattern over the cells.</summary>
    Ordered,

    /// <summary>Floyd–Steinberg error diffusion, cell by cell in reading order.</summary>
    Diffusion,
}

/// <summary>The characters edge mode draws along edges.</summary>
public enum EdgeCharacters
{
    /// <summary>- | / \</summary>
    Ascii,

    /// <summary>─ │ ╱ ╲</summary>
    Box,
}

/// <summary>
/// What images and footage share: where the picture lies in the frame (fit, x, y, scale: these can move) and how its
/// cells become characters (mode, with gamma, contrast, inversion and dithering of the luminance). Each cell takes
/// the picture's colour (for `color: source`) and alpha (transparent parts hide the layer's cells).
/// </summary>
public abstract record PictureSource : LayerSource
{
    [SharedParameter(PictureFit.Contain)]
    [Doc("How the picture fits the frame at scale 1: contain (all of it shows), cover (it fills the frame) or stretch.")]
    public PictureFit Fit { get; init; } = PictureFit.Contain;

    [SharedParameter(0.5f)]
    [Doc("The centre of the picture across the frame: 0 left edge, 1 right edge.")]
    [Range(-2, 3)]
    public float X { get; init; } = 0.5f;

    [SharedParameter(0.5f)]
    [Doc("The centre of the picture down the frame: 0 top, 1 bottom.")]
    [Range(-2, 3)]
    public float Y { get; init; } = 0.5f;

    [SharedParameter(1f)]
    [Doc("Size relative to the fit: 0.5 half as large, 2 twice.")]
    [Range(0.01, 50)]
    public float Scale { get; init; } = 1f;

    [SharedParameter(PictureMode.Luminance)]
    [Doc("How cells become characters: luminance, edge, shape or motion (footage).")]
    public PictureMode Mode { get; init; } = PictureMode.Luminance;

    [SharedParameter(1f)]
    [Doc("Gamma of the luminance: below 1 brightens the mid-tones, above 1 darkens them.")]
    [Range(0.1, 10)]
    public float Gamma { get; init; } = 1f;

    [SharedParameter(1f)]
    [Doc("Contrast of the luminance around mid-grey: 0 flat, 1 as is, 2 twice as steep.")]
    [Range(0, 10)]
    public float Contrast { get; init; } = 1f;

    [SharedParameter(false)]
    [Doc("Dark parts get the dense characters instead of the bright ones (for dark logos on light backgrounds).")]
    public bool Invert { get; init; }

    [SharedParameter(DitherMode.None)]
    [Doc("Dithering of the luminance onto the palette's steps: none, ordered or diffusion.")]
    public DitherMode Dither { get; init; } = DitherMode.None;

    [SharedParameter(0.15f)]
    [Doc("Edge mode: the gradient (0 to 1) above which a cell is drawn as an edge.")]
    [Range(0, 1)]
    public float EdgeThreshold { get; init; } = 0.15f;

    [SharedParameter(EdgeCharacters.Ascii)]
    [Doc("Edge mode: the edge characters, ascii (- | / \\) or box (─ │ ╱ ╲).")]
    public EdgeCharacters EdgeChars { get; init; } = EdgeCharacters.Ascii;

    public override bool HasColors => true;

    public override IReadOnlyList<string> Characters() => Mode == PictureMode.Edge ? EdgeMode.Characters(EdgeChars) : Array.Empty<string>();

    public override string CharactersKey => "edge_chars";
}

/// <summary>What a sequence or footage shows after its last frame.</summary>
public enum SequenceEnd
{
    /// <summary>Starts again from its first frame.</summary>
    Loop,

    /// <summary>Keeps showing its last frame.</summary>
    Hold,
}
