using AsciiAssets.Compose;
using AsciiAssets.Grids;
using AsciiAssets.Registry;
using AsciiAssets.Scene;

namespace AsciiAssets.Spec;

public sealed record LayerSpec(
    [Doc("The value field that drives the layer: a name (plasma) or a mapping with 'type' and parameters.")] FieldParameters Field,
    [Doc("Grid size: xs, sm, md, lg, xl or xxl (font 8 to 40 px at 1080p).")] GridSize Grid = GridSize.Md,
    [Doc("Character palette: a name, or {type: custom, chars: \" .:oO@\"}. Index 0 is drawn for the lowest values.")] CharacterPalette? Palette = null,
    [Doc("Colour strategy: hue, palette, fixed or oklch.")] ColorParameters? Color = null,
    [Doc("How the layer combines with the layers below it.")] BlendMode? Blend = null,
    [Doc("Opacity of the layer's blend.")][Range(0, 1)] float Opacity = 1f);
