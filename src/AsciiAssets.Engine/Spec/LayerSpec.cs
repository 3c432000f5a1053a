using AsciiAssets.Compose;
using AsciiAssets.Grids;
using AsciiAssets.Registry;
using AsciiAssets.Scene;
using AsciiAssets.Scene.Colors;

namespace AsciiAssets.Spec;

[AlternativeKeys("field", "source")]
public sealed record LayerSpec(
    [Doc("The value field that drives the layer: a name (plasma) or a mapping with 'type' and parameters. A layer has a field or a source.")] FieldParameters? Field = null,
    [Doc("Your own content instead of a field: text, subtitles, an image or footage, with 'type' and parameters.")] LayerSource? Source = null,
    [Doc("Grid size: xs, sm, md, lg, xl or xxl (font 8 to 40 px at 1080p).")] GridSize Grid = GridSize.Md,
    [Doc("Character palette: a name, or {type: custom, chars: \" .:oO@\"}. Index 0 is drawn for the lowest values.")] CharacterPalette? Palette = null,
    [Doc("Colour strategy: hue, palette, fixed, oklch, or source (the image's or footage's own colours).")] ColorParameters? Color = null,
    [Doc("How the layer combines with the layers below it.")] BlendMode? Blend = null,
    [Doc("Opacity of the layer's blend.")][Range(0, 1)] float Opacity = 1f,
    [Doc("Which cells of the layer show: a shape, gradient, wipe, text or field, 0 (hidden) to 1 (shown) per cell.")] MaskParameters? Mask = null,
    [Doc("Where the blend mode does its arithmetic: srgb on the encoded values, as image editors do, or linear on light (decoded, blended, encoded again: add and screen brighten less and more evenly, mixes of colours keep their brightness). Opacity still mixes the encoded values.")] BlendSpace BlendSpace = BlendSpace.Srgb,
    [Doc("Frames the layer holds each drawing (animation on twos: 2, on threes: 3): it is drawn on the scene's first frame and every 'hold' frames after, as at that frame, and shown unchanged in between, while the other layers, shaders and transitions move every frame. Fewer changes make a smaller video at production quality (not at draft's coarse one). Not on a layer whose field keeps state (simulations, boids, flow).")][Range(1, 120)][NotBindable("the frames a layer is drawn on are fixed for its scene")] int Hold = 1) : IValidatedRecord
{
    public void Validate(RecordCheck check)
    {
        if (Field is null && Source is null)
        {
            check.Fail("field", "is missing: a layer draws a 'field' or a 'source'");
        }
        else if (Field is not null && Source is not null)
        {
            check.Fail("source", "cannot go with a 'field': a layer draws one of them (to fill a source's shape with a field, give the field's layer a mask)");
        }

        if (Color is SourceColor && Source is not { HasColors: true })
        {
            var what = Source is null ? "a field" : $"source '{SpecRegistry.NameOf(Source)}'";
            check.Fail("color", $"is 'source', but the layer draws {what}, which has no colours of its own; use an image or video source, or another colour");
        }
    }
}
