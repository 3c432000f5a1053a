using AsciiAssets.Compose;
using AsciiAssets.Compose.BlendModes;
using AsciiAssets.Registry;

namespace AsciiAssets.Spec;

/// <summary>
/// The scene's feedback buffer. Every key is optional: a preset gives a starting set of values, the keys written
/// beside it override them, and without a preset the defaults are decay 0.85, opacity 0.6, no transform, step 1,
/// blend lighten and no hue shift.
/// </summary>
public sealed record FeedbackSpec(
    [Doc("A starting set of values: zoom_tunnel, rainbow_trails, ghostly_echo, kaleidoscopic, colour_evolution, multiplied_depth or heat_haze; keys given beside it override it.")] FeedbackPreset? Preset = null,
    [Doc("How much of the previous frame survives each frame (default 0.85, or the preset's).")][Range(0.5, 0.98)] float? Decay = null,
    [Doc("Opacity of the feedback over the new frame (default 0.6, or the preset's).")][Range(0, 1)] float? Opacity = null,
    [Doc("Transform applied to the buffer each frame (default none, or the preset's).")] FeedbackTransform? Transform = null,
    [Doc("Pixels moved per frame by the shift, zoom, rotate, kaleidoscope and haze transforms (rotations at the frame's half height; default 1, or the preset's).")][Range(0, 16)] int? Step = null,
    [Doc("How the decayed buffer combines with the new frame, any blend mode: lighten (the default) keeps the brighter, screen and add glow and build up, difference and exclusion turn echoes into negatives.")] BlendMode? Blend = null,
    [Doc("Degrees the buffer's colours turn around the colour wheel each frame, so older echoes take other hues (default 0, or the preset's).")][Range(-180, 180)] float? HueShift = null)
{
    /// <summary>The values in force: the keys given, else the preset's, else the defaults.</summary>
    public FeedbackSettings Resolve()
    {
        var basis = Preset is { } preset ? FeedbackSettings.Of(preset) : FeedbackSettings.Default;
        return new FeedbackSettings(
            Decay ?? basis.Decay,
            Opacity ?? basis.Opacity,
            Transform ?? basis.Transform,
            Step ?? basis.Step,
            Blend ?? basis.Blend,
            HueShift ?? basis.HueShift);
    }
}

/// <summary>A feedback buffer's values once the preset and the keys are combined.</summary>
public sealed record FeedbackSettings(float Decay, float Opacity, FeedbackTransform Transform, int Step, BlendMode Blend, float HueShift)
{
    public static readonly FeedbackSettings Default = new(0.85f, 0.6f, FeedbackTransform.None, 1, new LightenBlend(), 0f);

    /// <summary>The presets, as our reading of the reference's names (it gives no numbers).</summary>
    public static FeedbackSettings Of(FeedbackPreset preset) => preset switch
    {
        // Each frame falls back into the screen: a corridor of ever smaller copies.
        FeedbackPreset.ZoomTunnel => new(0.9f, 0.75f, FeedbackTransform.Zoom, 3, new LightenBlend(), 0f),
        // Still echoes that change hue as they age, a rainbow behind everything that moves.
        FeedbackPreset.RainbowTrails => new(0.95f, 0.9f, FeedbackTransform.None, 1, new LightenBlend(), 20f),
        // Faint copies drifting upward, screened so they glow rather than smear.
        FeedbackPreset.GhostlyEcho => new(0.8f, 0.45f, FeedbackTransform.ShiftUp, 3, new ScreenBlend(), 0f),
        // The buffer folded into four mirrored quarters and turned a little each frame.
        FeedbackPreset.Kaleidoscopic => new(0.88f, 0.7f, FeedbackTransform.Kaleidoscope, 2, new LightenBlend(), 0f),
        // Slowly zooming echoes whose colours drift round the wheel and build up by screening.
        FeedbackPreset.ColourEvolution => new(0.93f, 0.7f, FeedbackTransform.Zoom, 1, new ScreenBlend(), 5f),
        // Copies shrinking into the distance, added together: depth multiplied.
        FeedbackPreset.MultipliedDepth => new(0.8f, 0.8f, FeedbackTransform.Shrink, 4, new AddBlend(), 0f),
        // Rising, shimmering air above everything bright.
        FeedbackPreset.HeatHaze => new(0.86f, 0.65f, FeedbackTransform.Haze, 1, new LightenBlend(), 0f),
        _ => Default,
    };
}

public enum FeedbackPreset
{
    ZoomTunnel,
    RainbowTrails,
    GhostlyEcho,
    Kaleidoscopic,
    ColourEvolution,
    MultipliedDepth,
    HeatHaze,
}

public enum FeedbackTransform
{
    None,
    Zoom,
    Shrink,
    ShiftUp,
    ShiftDown,
    MirrorH,
    MirrorV,
    RotateCw,
    RotateCcw,

    /// <summary>Turned by the step and folded into four mirrored quarters.</summary>
    Kaleidoscope,

    /// <summary>Shifted up by the step, each row nudged sideways by a wave: rising, wavering air.</summary>
    Haze,
}
